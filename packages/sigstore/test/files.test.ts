// Files: streamed hashing and sha256sum checksum lists (no servers needed).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SigstoreError } from '../src/errors.ts'
import { hashFile, parseChecksums } from '../src/files/index.ts'

const A = 'a'.repeat(64)
const B = 'B'.repeat(64)

test('hashFile: streams a multi-megabyte file to the digest createHash gives', async t => {
  const directory = await mkdtemp(join(tmpdir(), 'sign-hash-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  const data = randomBytes(5 * 1024 * 1024 + 123)
  const path = join(directory, 'big.bin')
  await writeFile(path, data)
  const expected = createHash('sha256').update(data).digest()

  const hashed = await hashFile(path)
  assert.deepEqual(hashed, { digest: expected, hex: expected.toString('hex'), size: data.length })

  const missing = join(directory, 'missing.bin')
  await assert.rejects(hashFile(missing), (error: unknown) => {
    assert.ok(error instanceof SigstoreError)
    assert.equal(error.code, 'INVALID_INPUT')
    assert.match(error.message, new RegExp(`cannot read ${missing} to hash it \\(ENOENT\\)`))
    return true
  })
})

test('parseChecksums: both separators, blank lines, CRLF, escaped names', () => {
  const text = [
    `${A}  app-linux.tar.gz`,
    '',
    `${B} *app windows.zip\r`,
    '   ',
    `\\${A}  dir\\\\new\\nline`,
    ''
  ].join('\n')
  assert.deepEqual(parseChecksums(text, { source: 'SHA256SUMS' }), [
    { name: 'app-linux.tar.gz', hex: A, line: 1 },
    { name: 'app windows.zip', hex: B.toLowerCase(), line: 3 },
    { name: 'dir\\new\nline', hex: A, line: 5 }
  ])
  assert.deepEqual(parseChecksums('', { source: 'empty' }), [])
})

test('parseChecksums: malformed lines are refused with the file, the line number and the form expected', () => {
  const refused = (text: string, message: RegExp) =>
    assert.throws(
      () => parseChecksums(text, { source: 'dist/SHA256SUMS' }),
      (error: unknown) =>
        error instanceof SigstoreError &&
        error.code === 'INVALID_INPUT' &&
        message.test(error.message)
    )
  const form = /expected "<64 hex digits of sha256><space><space or \*><file name>"/
  refused(
    `${A}  ok\n${A} one-space`,
    new RegExp(`^dist/SHA256SUMS:2: ${form.source}, as sha256sum writes, found "${A} one-space"$`)
  )
  refused(`\n\nSHA256 (app) = ${A}`, /^dist\/SHA256SUMS:3: expected "<64 hex/)
  refused(
    `${'c'.repeat(128)}  app`,
    /^dist\/SHA256SUMS:1: this is a sha512 checksum \(128 hex digits\); cosign signs sha256/
  )
  refused(`${'c'.repeat(40)}  app`, /^dist\/SHA256SUMS:1: the checksum has 40 hex digits, not 64/)
  refused(`${'g'.repeat(64)}  app`, /^dist\/SHA256SUMS:1: expected/)
  refused(`${A}  app\n${B}  app`, /^dist\/SHA256SUMS:2: "app" is already listed on line 1/)
})
