// What goes wrong with a layout, and that the error says so: a corrupted blob, a layout that is
// missing or invalid, an unknown tag or digest, content that does not match its digest.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OciError } from '../src/errors.ts'
import { OCI_MANIFEST } from '../src/media-types.ts'
import { sha256Digest } from '../src/reference/digest.ts'
import { layoutStore } from '../src/layout/store.ts'

async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sign-layout-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** Asserts an OciError with this code whose message matches every pattern. */
function failsWith(code: string, ...patterns: (string | RegExp)[]): (error: unknown) => true {
  return error => {
    assert.ok(error instanceof OciError, `expected an OciError, got ${String(error)}`)
    assert.equal(error.code, code, error.message)
    for (const pattern of patterns) {
      if (typeof pattern === 'string') assert.ok(error.message.includes(pattern), error.message)
      else assert.match(error.message, pattern)
    }
    return true
  }
}

const MANIFEST = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'x', digest: sha256Digest(Buffer.from('{}')), size: 2 },
    layers: []
  })
)

test('a corrupted blob is a DIGEST_MISMATCH naming its file', async t => {
  const path = join(await tempDir(t), 'layout')
  const store = layoutStore({ path, create: true })
  const pushed = await store.pushManifest({ bytes: MANIFEST, mediaType: OCI_MANIFEST, tag: 'v1' })
  const file = join(path, 'blobs/sha256', pushed.digest.slice('sha256:'.length))
  await writeFile(file, Buffer.from(MANIFEST.toString().replace('"x"', '"y"')))
  await assert.rejects(
    store.fetchBlob(pushed.digest),
    failsWith('DIGEST_MISMATCH', file, 'corrupted')
  )
  await assert.rejects(store.fetchManifest('v1'), failsWith('DIGEST_MISMATCH', file))
  await assert.rejects(store.resolve(pushed.digest), failsWith('DIGEST_MISMATCH', file))
})

test('pushing bytes under the wrong digest stores nothing', async t => {
  const path = join(await tempDir(t), 'layout')
  const store = layoutStore({ path, create: true })
  const claimed = sha256Digest(Buffer.from('other'))
  await assert.rejects(
    store.pushBlob({ digest: claimed, content: Buffer.from('content') }),
    failsWith(
      'DIGEST_MISMATCH',
      `pushed as ${claimed}`,
      `has digest ${sha256Digest(Buffer.from('content'))}`
    )
  )
  assert.equal(await store.blobExists(claimed), false)
  assert.deepEqual(await readdir(join(path, 'blobs/sha256')), [], 'no temporary file is left')
})

test('a missing or invalid layout is INVALID_LAYOUT saying what is wrong', async t => {
  const dir = await tempDir(t)
  await assert.rejects(
    layoutStore({ path: join(dir, 'absent') }).resolve('v1'),
    failsWith(
      'INVALID_LAYOUT',
      `${join(dir, 'absent', 'oci-layout')} is missing`,
      'point to the directory of an OCI image layout'
    )
  )
  const path = join(dir, 'layout')
  await layoutStore({ path, create: true }).pushManifest({
    bytes: MANIFEST,
    mediaType: OCI_MANIFEST,
    tag: 'v1'
  })
  await unlink(join(path, 'oci-layout'))
  const store = layoutStore({ path })
  await assert.rejects(
    store.resolve('v1'),
    failsWith('INVALID_LAYOUT', `${join(path, 'oci-layout')} is missing`)
  )
  await assert.rejects(
    layoutStore({ path, create: true }).resolve('v1'),
    failsWith('INVALID_LAYOUT', `in ${path}: the directory is not empty`)
  )
  await writeFile(join(path, 'oci-layout'), '{"imageLayoutVersion":"2.0.0"}')
  await assert.rejects(
    store.resolve('v1'),
    failsWith('INVALID_LAYOUT', 'imageLayoutVersion "2.0.0"', 'only 1.0.0')
  )
  await writeFile(join(path, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  assert.equal((await store.resolve('v1')).digest, sha256Digest(MANIFEST), 'usable once fixed')
  await writeFile(join(path, 'index.json'), '{"schemaVersion":2,"manifests":[')
  await assert.rejects(
    store.resolve('v1'),
    failsWith('INVALID_LAYOUT', `${join(path, 'index.json')} is not valid JSON`)
  )
  await writeFile(
    join(path, 'index.json'),
    '{"schemaVersion":2,"manifests":[{"mediaType":"m","size":1,"digest":"sha256:abc"}]}'
  )
  await assert.rejects(
    store.resolve('v1'),
    failsWith('INVALID_LAYOUT', 'invalid manifests[0]', 'wrong length')
  )
  await mkdir(join(dir, 'file-parent'))
  await writeFile(join(dir, 'file-parent', 'f'), 'x')
  await assert.rejects(
    layoutStore({ path: join(dir, 'file-parent', 'f'), create: true }).resolve('v1'),
    failsWith('INVALID_LAYOUT', 'is not a directory')
  )
})

test('an unknown tag or digest is NOT_FOUND (fetchManifest: undefined); a dangling entry is INVALID_LAYOUT', async t => {
  const path = join(await tempDir(t), 'layout')
  const store = layoutStore({ path, create: true })
  const pushed = await store.pushManifest({ bytes: MANIFEST, mediaType: OCI_MANIFEST, tag: 'v1' })
  await assert.rejects(
    store.resolve('v2'),
    failsWith('NOT_FOUND', 'tag "v2"', join(path, 'index.json'), 'tags there: v1')
  )
  assert.equal(await store.fetchManifest('v2'), undefined)
  const absent = sha256Digest(Buffer.from('absent'))
  await assert.rejects(store.resolve(absent), failsWith('NOT_FOUND', absent, path))
  assert.equal(await store.fetchManifest(absent), undefined)
  await assert.rejects(
    store.fetchBlob(absent),
    failsWith('NOT_FOUND', `${absent} is not in the OCI layout ${path}`)
  )
  await assert.rejects(
    store.pushManifest({ bytes: MANIFEST, mediaType: OCI_MANIFEST, tag: 'bad tag' }),
    failsWith('INVALID_REFERENCE', '"bad tag" cannot be a ref name')
  )
  await assert.rejects(
    store.pushManifest({ bytes: MANIFEST, mediaType: 'application/vnd.oci.image.index.v1+json' }),
    failsWith('INVALID_CONTENT', 'says mediaType', path)
  )
  await unlink(join(path, 'blobs/sha256', pushed.digest.slice('sha256:'.length)))
  await assert.rejects(
    store.resolve('v1'),
    failsWith('INVALID_LAYOUT', `lists ${pushed.digest}`, 'is missing')
  )
  await assert.rejects(
    store.listReferrers({ subjectDigest: absent }),
    failsWith('INVALID_LAYOUT', `lists ${pushed.digest}`)
  )
})
