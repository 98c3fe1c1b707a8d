// Layout content other tools write: a manifest without mediaType (umoci), and a referrer known
// only from the referrers tag index (its manifest not listed in index.json).
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Descriptor } from '../src/descriptor.ts'
import { OciError } from '../src/errors.ts'
import { EMPTY_CONFIG, OCI_INDEX, OCI_MANIFEST } from '../src/media-types.ts'
import { sha256Digest } from '../src/reference/digest.ts'
import { encodeTagIndex, referrersTag } from '../src/referrers/tag-schema.ts'
import { layoutStore } from '../src/layout/store.ts'

async function freshLayout(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sign-layout-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  return join(dir, 'layout')
}

test('a manifest without mediaType (as umoci writes it) gets its media type from its shape', async t => {
  const store = layoutStore({ path: await freshLayout(t), create: true })
  const manifest = Buffer.from(
    JSON.stringify({ schemaVersion: 2, config: EMPTY_CONFIG, layers: [] })
  )
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [] }))
  for (const bytes of [manifest, index])
    await store.pushBlob({ digest: sha256Digest(bytes), content: bytes })
  assert.equal((await store.fetchManifest(sha256Digest(manifest)))?.mediaType, OCI_MANIFEST)
  assert.deepEqual(await store.resolve(sha256Digest(index)), {
    mediaType: OCI_INDEX,
    digest: sha256Digest(index),
    size: index.byteLength
  })
  await store.pushManifest({ bytes: manifest, mediaType: OCI_MANIFEST, tag: 'latest' })
  const fetched = await store.fetchManifest('latest')
  assert.equal(fetched?.mediaType, OCI_MANIFEST, 'from the index.json entry')
  assert.equal(fetched.bytes.toString(), manifest.toString(), 'exact bytes')
  const notManifest = Buffer.from('{"a":1}')
  await store.pushBlob({ digest: sha256Digest(notManifest), content: notManifest })
  await assert.rejects(store.fetchManifest(sha256Digest(notManifest)), (error: unknown) => {
    assert.ok(error instanceof OciError)
    assert.equal(error.code, 'INVALID_CONTENT')
    assert.match(error.message, /is not a manifest .*fetch it as a blob instead/)
    return true
  })
})

test('a referrer only in the tag index is listed, with source tag-schema', async t => {
  const store = layoutStore({ path: await freshLayout(t), create: true })
  const subject: Descriptor = {
    mediaType: OCI_MANIFEST,
    digest: sha256Digest(Buffer.from('subject')),
    size: 7
  }
  const referrer = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: 'application/example',
      config: EMPTY_CONFIG,
      layers: [],
      subject
    })
  )
  await store.pushBlob({ digest: sha256Digest(referrer), content: referrer })
  const entry: Descriptor = {
    mediaType: OCI_MANIFEST,
    digest: sha256Digest(referrer),
    size: referrer.byteLength,
    artifactType: 'application/example'
  }
  await store.pushManifest({
    bytes: encodeTagIndex([entry]),
    mediaType: OCI_INDEX,
    tag: referrersTag(subject.digest)
  })
  assert.deepEqual(await store.listReferrers({ subjectDigest: subject.digest }), {
    referrers: [entry],
    source: 'tag-schema'
  })
  const none = await store.listReferrers({
    subjectDigest: subject.digest,
    artifactType: 'application/other'
  })
  assert.deepEqual(none, { referrers: [], source: 'api' })
  await store.pushManifest({ bytes: referrer, mediaType: OCI_MANIFEST })
  const both = await store.listReferrers({ subjectDigest: subject.digest })
  assert.deepEqual(
    both,
    { referrers: [entry], source: 'api' },
    'once listed, the scan finds it; no duplicate'
  )
})
