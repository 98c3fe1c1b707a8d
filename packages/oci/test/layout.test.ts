// A fresh OCI layout: push an image, attach artifacts, list them, read it all back from disk,
// and keep every index.json entry when attaches run concurrently in one process.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Descriptor, ImageIndex } from '../src/descriptor.ts'
import { EMPTY_CONFIG, OCI_INDEX, OCI_MANIFEST } from '../src/media-types.ts'
import { sha256Digest } from '../src/reference/digest.ts'
import type { ContentStore } from '../src/store.ts'
import { layoutStore } from '../src/layout/store.ts'

const REF_NAME = 'org.opencontainers.image.ref.name'
const SIGNATURE = 'application/vnd.cncf.notary.signature'
const SBOM = 'application/spdx+json'

async function freshLayout(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sign-layout-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  return join(dir, 'layout')
}

/** Pushes a one-layer image (the layer as a two-chunk stream) and tags it. */
async function pushImage(store: ContentStore, tag: string, text: string): Promise<Descriptor> {
  const config = Buffer.from('{"architecture":"amd64","os":"linux"}')
  const layer = Buffer.from(text)
  await store.pushBlob({ digest: sha256Digest(config), content: config })
  await store.pushBlob({
    digest: sha256Digest(layer),
    content: {
      size: layer.byteLength,
      async *open() {
        yield layer.subarray(0, 3)
        yield await Promise.resolve(layer.subarray(3))
      }
    }
  })
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: sha256Digest(config),
      size: config.byteLength
    },
    layers: [
      {
        mediaType: 'application/vnd.oci.image.layer.v1.tar',
        digest: sha256Digest(layer),
        size: layer.byteLength
      }
    ]
  }
  return store.pushManifest({
    bytes: Buffer.from(JSON.stringify(manifest)),
    mediaType: OCI_MANIFEST,
    tag
  })
}

async function readIndex(path: string): Promise<ImageIndex> {
  return JSON.parse(await readFile(join(path, 'index.json'), 'utf8')) as ImageIndex
}

test('round trip: image, two referrers, listed and re-read from disk', async t => {
  const path = await freshLayout(t)
  const store = layoutStore({ path, create: true })
  const subject = await pushImage(store, 'v1', 'hello layout')
  assert.deepEqual(await store.resolve('v1'), subject)
  assert.equal(await readFile(join(path, 'oci-layout'), 'utf8'), '{"imageLayoutVersion":"1.0.0"}')

  const signature = await store.attach({
    subject,
    artifactType: SIGNATURE,
    layers: [{ mediaType: 'application/jose+json', data: Buffer.from('{"payload":"x"}') }],
    annotations: { 'org.opencontainers.image.created': '2025-01-01T00:00:00Z' }
  })
  const sbom = await store.attach({
    subject,
    artifactType: SBOM,
    layers: [{ mediaType: SBOM, data: Buffer.from('{"spdxVersion":"SPDX-2.3"}') }]
  })
  assert.equal(signature.indexedBy, 'tag-schema')
  assert.deepEqual(signature.manifest.config, EMPTY_CONFIG)
  assert.equal(await store.blobExists(EMPTY_CONFIG.digest), true)

  for (const reader of [store, layoutStore({ path })]) {
    const all = await reader.listReferrers({ subjectDigest: subject.digest })
    assert.equal(all.source, 'api')
    assert.deepEqual(all.referrers, [signature.descriptor, sbom.descriptor])
    const signatures = await reader.listReferrers({
      subjectDigest: subject.digest,
      artifactType: SIGNATURE
    })
    assert.deepEqual(signatures.referrers, [signature.descriptor])
    const sboms = await reader.listReferrers({ subjectDigest: subject.digest, artifactType: SBOM })
    assert.deepEqual(sboms.referrers, [sbom.descriptor])
    assert.deepEqual(await reader.resolve('v1'), subject)
    const fetched = await reader.fetchManifest(sbom.descriptor.digest)
    assert.equal(fetched?.bytes.toString(), JSON.stringify(sbom.manifest))
    const layer = await reader.fetchBlob(sbom.manifest.layers[0]!.digest)
    assert.equal(layer.toString(), '{"spdxVersion":"SPDX-2.3"}')
  }

  const tag = `sha256-${subject.digest.slice('sha256:'.length)}`
  const index = await readIndex(path)
  assert.deepEqual(
    index.manifests.map(d => [d.digest, d.annotations?.[REF_NAME]]),
    [
      [subject.digest, 'v1'],
      [signature.descriptor.digest, undefined],
      [sbom.descriptor.digest, undefined],
      [(await store.resolve(tag)).digest, tag]
    ],
    'referrer manifests untagged, the tag index under its sha256-<hex> ref name, the old one gone'
  )
  const tagIndex = await store.fetchManifest(tag)
  assert.equal(tagIndex?.mediaType, OCI_INDEX)
  assert.deepEqual((JSON.parse(tagIndex.bytes.toString()) as ImageIndex).manifests, [
    signature.descriptor,
    sbom.descriptor
  ])
})

test('a tag moves to the new manifest; the old one stays listed by digest, as oras does', async t => {
  const path = await freshLayout(t)
  const store = layoutStore({ path, create: true })
  const first = await pushImage(store, 'v1', 'first')
  const second = await pushImage(store, 'v1', 'second')
  assert.deepEqual(await store.resolve('v1'), second)
  assert.deepEqual(await store.resolve(first.digest), first)
  assert.deepEqual((await readIndex(path)).manifests, [
    first,
    { ...second, annotations: { [REF_NAME]: 'v1' } }
  ])
  await store.pushManifest({
    bytes: (await store.fetchManifest(first.digest))!.bytes,
    mediaType: OCI_MANIFEST
  })
  assert.equal(
    (await readIndex(path)).manifests.length,
    2,
    'pushing a listed manifest again adds nothing'
  )
})

test('20 concurrent attaches in one process: index.json stays valid and keeps every entry', async t => {
  const path = await freshLayout(t)
  const store = layoutStore({ path, create: true })
  const subject = await pushImage(store, 'v1', 'subject')
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      store.attach({
        subject,
        artifactType: SIGNATURE,
        layers: [{ mediaType: 'application/jose+json', data: Buffer.from(`signature ${i}`) }]
      })
    )
  )
  const digests = results.map(r => r.descriptor.digest).sort()
  assert.equal(new Set(digests).size, 20)
  const index = await readIndex(path)
  const listed = index.manifests
    .filter(d => d.annotations?.[REF_NAME] === undefined)
    .map(d => d.digest)
  assert.deepEqual(listed.sort(), digests)
  assert.equal(
    index.manifests.filter(d => d.annotations?.[REF_NAME]?.startsWith('sha256-')).length,
    1
  )
  const reopened = layoutStore({ path })
  const { referrers } = await reopened.listReferrers({ subjectDigest: subject.digest })
  assert.deepEqual(referrers.map(d => d.digest).sort(), digests)
  const tagIndex = await reopened.fetchManifest(`sha256-${subject.digest.slice('sha256:'.length)}`)
  const fromTag = (JSON.parse(tagIndex!.bytes.toString()) as ImageIndex).manifests.map(
    d => d.digest
  )
  assert.deepEqual(fromTag.sort(), digests, 'the tag index lists all 20 too')
  const files = await readdir(path, { recursive: true })
  assert.deepEqual(
    files.filter(f => f.endsWith('.tmp')),
    [],
    'no temporary file is left'
  )
})
