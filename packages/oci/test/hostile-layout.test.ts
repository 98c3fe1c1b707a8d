// OCI layouts whose blobs are not regular files (a link to /dev/zero, a FIFO, a directory), are
// too large, or whose referrers tag index lists entries that are not descriptors: each refused
// with a typed error naming the path or index, and each test ends at once instead of reading
// forever.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  OCI_INDEX,
  OCI_MANIFEST,
  OciError,
  layoutStore,
  referrersTag,
  sha256Digest,
  type ContentStore
} from '../src/index.ts'

async function newLayout(t: TestContext): Promise<{ root: string; store: ContentStore }> {
  const root = await mkdtemp(join(tmpdir(), 'hostile-layout-'))
  t.after(() => rm(root, { recursive: true, force: true }))
  return { root, store: layoutStore({ path: root, create: true }) }
}

const blobFile = (root: string, digest: string) =>
  join(root, 'blobs', 'sha256', digest.slice('sha256:'.length))

/** Pushes a manifest tagged v1 and replaces its blob with `replace(path)`. */
async function taggedManifestReplaced(
  t: TestContext,
  replace: (path: string) => Promise<void>
): Promise<{ root: string; store: ContentStore; digest: string; path: string }> {
  const { root, store } = await newLayout(t)
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST }))
  const { digest } = await store.pushManifest({ bytes, mediaType: OCI_MANIFEST, tag: 'v1' })
  const path = blobFile(root, digest)
  await unlink(path)
  await replace(path)
  return { root, store, digest, path }
}

const notRegular = (path: string, kind: string) => (error: unknown) =>
  error instanceof OciError &&
  error.code === 'NOT_REGULAR_FILE' &&
  error.message === `"${path}" is ${kind}, not a regular file; refusing to read it`

test('a blob that links to /dev/zero is refused, not read forever', async t => {
  const { store, digest, path } = await taggedManifestReplaced(t, path =>
    symlink('/dev/zero', path)
  )
  await assert.rejects(store.fetchManifest('v1'), notRegular(path, 'a character device'))
  await assert.rejects(store.fetchManifest(digest), notRegular(path, 'a character device'))
  await assert.rejects(store.fetchBlob(digest), notRegular(path, 'a character device'))
  assert.equal(await store.blobExists(digest), false, 'not counted as a blob either')
})

test('a blob that is a FIFO is refused without waiting for a writer', async t => {
  const { store, digest, path } = await taggedManifestReplaced(t, path => {
    execFileSync('mkfifo', [path])
    return Promise.resolve()
  })
  await assert.rejects(store.fetchBlob(digest), notRegular(path, 'a FIFO (named pipe)'))
  await assert.rejects(store.fetchManifest('v1'), notRegular(path, 'a FIFO (named pipe)'))
})

test('a blob that is a directory is refused', async t => {
  const { store, digest, path } = await taggedManifestReplaced(t, path => mkdir(path))
  await assert.rejects(store.fetchBlob(digest), notRegular(path, 'a directory'))
})

test('a manifest blob over 4 MiB is refused while reading; fetchBlob takes maxBytes', async t => {
  const { root, store } = await newLayout(t)
  const bytes = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, pad: 'x'.repeat(4 * 1024 * 1024) })
  )
  const digest = sha256Digest(bytes)
  await store.pushBlob({ digest, content: bytes })
  const path = blobFile(root, digest)
  await assert.rejects(
    store.fetchManifest(digest),
    (error: unknown) =>
      error instanceof OciError &&
      error.code === 'TOO_LARGE' &&
      error.message ===
        `blob ${digest} of the OCI layout ${root} ("${path}") is over the 4 MiB limit; refusing to read it`
  )
  await assert.rejects(
    store.fetchBlob(digest, { maxBytes: 1024 }),
    (error: unknown) =>
      error instanceof OciError &&
      error.code === 'TOO_LARGE' &&
      /over the 1 KiB limit/.test(error.message)
  )
  assert.equal((await store.fetchBlob(digest)).byteLength, bytes.byteLength, 'no cap asked: read')
})

test('index.json that is a FIFO: the layout is refused, not waited on', async t => {
  const { root, store } = await newLayout(t)
  await store.resolve('missing').catch(() => undefined)
  const index = join(root, 'index.json')
  await unlink(index)
  execFileSync('mkfifo', [index])
  await assert.rejects(
    layoutStore({ path: root }).resolve('v1'),
    notRegular(index, 'a FIFO (named pipe)')
  )
})

for (const [name, entry, problem] of [
  ['a null entry', null, 'null, not a descriptor'],
  ['a number entry', 7, 'not an object'],
  [
    'no size',
    { mediaType: OCI_MANIFEST, digest: sha256Digest(Buffer.from('x')) },
    'no valid size (a non-negative integer)'
  ]
] as const) {
  test(`a layout referrers tag index with ${name} is malformed`, async t => {
    const { root, store } = await newLayout(t)
    const subject = sha256Digest(Buffer.from('subject'))
    const tag = referrersTag(subject)
    const bytes = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entry] })
    )
    await store.pushManifest({ bytes, mediaType: OCI_INDEX, tag })
    await assert.rejects(
      store.listReferrers({ subjectDigest: subject }),
      (error: unknown) =>
        error instanceof OciError &&
        error.code === 'INVALID_CONTENT' &&
        error.message ===
          `the referrers tag ${tag} in the OCI layout ${root} is malformed: manifests[0] is invalid (${problem})`
    )
    assert.ok((await readFile(join(root, 'index.json'), 'utf8')).includes(tag))
  })
}

test('index.json entries are checked by the same validator', async t => {
  const { root, store } = await newLayout(t)
  await store.resolve('missing').catch(() => undefined)
  await writeFile(join(root, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [null] }))
  await assert.rejects(
    layoutStore({ path: root }).resolve('v1'),
    (error: unknown) =>
      error instanceof OciError &&
      error.code === 'INVALID_LAYOUT' &&
      error.message.includes('has an invalid manifests[0]: null, not a descriptor')
  )
})
