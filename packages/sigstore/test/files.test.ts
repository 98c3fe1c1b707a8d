// Files: streamed hashing and sha256sum checksum lists (no servers needed).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
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
    assert.match(error.message, new RegExp(`cannot read ${missing} to hash it \\(ENOENT\\)`))
    return true
  })
})
