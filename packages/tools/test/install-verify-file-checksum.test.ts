import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { ToolsError, sha256File, verifyFileChecksum } from '@sign/tools'

let dir: string
let file: string
let bytes: Buffer
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verify-checksum-'))
  file = join(dir, 'asset.tar.gz')
  bytes = randomBytes(3 * 1024 * 1024 + 17) // several stream chunks
  await writeFile(file, bytes)
})
after(() => rm(dir, { recursive: true, force: true }))

const hex = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

test('a matching digest (either case) returns the lowercase digest', async () => {
  assert.equal(
    await verifyFileChecksum({ path: file, sha256: hex(bytes).toUpperCase() }),
    hex(bytes)
  )
  assert.equal(await sha256File({ path: file }), hex(bytes))
})

test('a different digest is CHECKSUM_MISMATCH naming the source, expected and actual', async () => {
  const expected = hex(Buffer.from('the real release'))
  await assert.rejects(
    verifyFileChecksum({ path: file, sha256: expected, source: 'cosign 2.4.1 from https://x/y' }),
    (error: unknown) =>
      error instanceof ToolsError &&
      error.code === 'CHECKSUM_MISMATCH' &&
      error.message ===
        `Checksum mismatch for cosign 2.4.1 from https://x/y: expected SHA-256 ${expected}, got ${hex(bytes)}.`
  )
})

test('a missing file is DOWNLOAD_FAILED naming it', async () => {
  await assert.rejects(
    verifyFileChecksum({ path: join(dir, 'missing'), sha256: hex(bytes) }),
    (error: unknown) =>
      error instanceof ToolsError &&
      error.code === 'DOWNLOAD_FAILED' &&
      /missing.*ENOENT/.test(error.message)
  )
})
