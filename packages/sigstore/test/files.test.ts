// Files: streamed hashing and sha256sum checksum lists (no servers needed).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SigstoreError } from '../src/errors.ts'
import { hashFile } from '../src/files/index.ts'

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
    assert.match(error.message, new RegExp(`cannot read "${missing}" to hash it \\(ENOENT\\)`))
    return true
  })
})

test('hashFile refuses a FIFO, a link to /dev/zero and a directory at once, reading nothing', async t => {
  const directory = await mkdtemp(join(tmpdir(), 'sign-hash-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  const fifo = join(directory, 'pipe')
  execFileSync('mkfifo', [fifo])
  const zero = join(directory, 'zero')
  await symlink('/dev/zero', zero)
  for (const [path, kind] of [
    [fifo, 'a FIFO (named pipe)'],
    [zero, 'a character device'],
    [directory, 'a directory']
  ] as const) {
    await assert.rejects(hashFile(path), (error: unknown) => {
      assert.ok(error instanceof SigstoreError)
      assert.equal(error.code, 'INVALID_INPUT')
      assert.equal(
        error.message,
        `${JSON.stringify(path)} is ${kind}, not a regular file; refusing to read it; only regular files are hashed`
      )
      return true
    })
  }
})
