// attachSignatureToImage against notation's own e2e OCI layout (e2e-valid-signature, vendored in
// test/vectors/notation, see SOURCES.md): the vector's JWS attached to the vector's image in a
// fresh layout gives notation's signature manifest in the v2 / OCI 1.1 form, which differs from the
// vector's legacy (notation v1.x) form exactly in artifactType and config.mediaType, and the same
// referrers tag-schema index entry (notary.md §2.1, §2.2).
import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EMPTY_CONFIG, layoutStore, type ImageIndex, type ImageManifest } from '@sign/oci'
import { parseEnvelope } from '../src/envelope/envelope.ts'
import { attachSignatureToImage } from '../src/storage/index.ts'

const VECTORS = join(import.meta.dirname, '../../../test/vectors/notation')
const E2E = join(VECTORS, 'e2e/oci_layout/e2e-valid-signature')

const SUBJECT = 'sha256:b8479de3f88fb259a0a9ea82a5b2a052a1ef3c4ebbcfc61482d5ae4c831f8af9'
const SIGNATURE_MANIFEST = 'sha256:90ceaff260d657d797c408ac73564a9c7bb9d86055877c2a811f0e63b8c6524f'
const REFERRERS_INDEX = 'sha256:13e107e0dd246f07ff18998a3d39e226965c41477a1bc1765f7617632ff3f283'
const THUMBPRINT = 'io.cncf.notary.x509chain.thumbprint#S256'
const CREATED = 'org.opencontainers.image.created'

const vectorBlob = (digest: string) => readFile(join(E2E, 'blobs/sha256', digest.slice(7)))
const json = <T>(bytes: Uint8Array): T => JSON.parse(Buffer.from(bytes).toString()) as T

test('the signature manifest is notation’s v2 form of the e2e vector’s legacy manifest', async () => {
  const vector = json<ImageManifest>(await vectorBlob(SIGNATURE_MANIFEST))
  const vectorIndex = json<ImageIndex>(await vectorBlob(REFERRERS_INDEX))

  // A fresh layout holding only the vector's image (its manifest, config and layer blobs).
  const dir = await mkdtemp(join(tmpdir(), 'notation-vector-layout-'))
  after(() => rm(dir, { recursive: true, force: true }))
  const store = layoutStore({ path: dir, create: true })
  const imageBytes = await vectorBlob(SUBJECT)
  const image = json<ImageManifest>(imageBytes)
  for (const blob of [image.config, ...image.layers]) {
    await store.pushBlob({ digest: blob.digest, content: await vectorBlob(blob.digest) })
  }
  const subject = await store.pushManifest({
    bytes: imageBytes,
    mediaType: image.mediaType ?? '',
    tag: 'v1'
  })
  assert.deepEqual(subject, vector.subject, 'the same subject descriptor')

  // Our signature of that image: the vector's envelope, chain and signing time.
  const layer = vector.layers[0]!
  const envelope = await vectorBlob(layer.digest)
  const parsed = parseEnvelope(envelope, layer.mediaType)
  const signingTime = parsed.signedAttributes.signingTime
  assert.ok(signingTime)
  const referrer = await attachSignatureToImage({
    store,
    subject,
    envelope: { bytes: envelope, mediaType: layer.mediaType },
    certificateChain: parsed.certificateChain,
    signingTime
  })
  const ours = json<ImageManifest>((await store.fetchManifest(referrer.digest))!.bytes)

  // Field by field, as notation writes them.
  assert.equal(ours.schemaVersion, vector.schemaVersion)
  assert.equal(ours.mediaType, vector.mediaType)
  assert.equal(ours.layers.length, 1)
  assert.equal(ours.layers[0]?.mediaType, 'application/jose+json')
  assert.equal(ours.layers[0]?.mediaType, layer.mediaType)
  assert.deepEqual(ours.subject, vector.subject)
  assert.deepEqual(Object.keys(ours.annotations ?? {}).sort(), [THUMBPRINT, CREATED])
  assert.deepEqual(
    Object.keys(ours.annotations ?? {}).sort(),
    Object.keys(vector.annotations ?? {}).sort()
  )
  assert.match(ours.annotations?.[THUMBPRINT] ?? '', /^\["[0-9a-f]{64}"\]$/)
  assert.match(ours.annotations?.[CREATED] ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  // Same envelope, chain and time in, so the values match too (notation's thumbprint and time).
  assert.deepEqual(ours.layers, vector.layers)
  assert.deepEqual(ours.annotations, vector.annotations)

  // The documented difference, exactly: OCI 1.1 artifactType + empty config vs the legacy form.
  assert.equal(ours.artifactType, 'application/vnd.cncf.notary.signature')
  assert.equal(ours.config.mediaType, 'application/vnd.oci.empty.v1+json')
  assert.equal(vector.artifactType, undefined, 'the vector has no artifactType')
  assert.equal(vector.config.mediaType, 'application/vnd.cncf.notary.signature')
  assert.equal(ours.config.digest, vector.config.digest, 'the same {} config blob')
  assert.equal(ours.config.size, vector.config.size)
  assert.deepEqual(ours.config, { ...EMPTY_CONFIG })
  assert.equal((await store.fetchBlob(ours.config.digest)).toString(), '{}')
  const { artifactType, config, ...oursRest } = ours
  const { config: vectorConfig, ...vectorRest } = vector
  assert.equal(artifactType, 'application/vnd.cncf.notary.signature')
  assert.deepEqual({ ...config, mediaType: vectorConfig.mediaType }, vectorConfig)
  assert.deepEqual(oursRest, vectorRest, 'nothing else differs')

  // The referrers tag-schema index: one entry of the same shape as the vector's.
  const tag = `sha256-${SUBJECT.slice(7)}`
  const fetchedIndex = await store.fetchManifest(tag)
  assert.ok(fetchedIndex, `the ${tag} index exists`)
  const index = json<ImageIndex>(fetchedIndex.bytes)
  assert.equal(index.schemaVersion, vectorIndex.schemaVersion)
  assert.equal(index.mediaType, vectorIndex.mediaType)
  // One addition of @sign/oci: a revision annotation making every index revision unique
  // (INDEX_REVISION_ANNOTATION; notation ignores index annotations).
  const { annotations: indexAnnotations, ...indexRest } = index
  assert.deepEqual(Object.keys(indexRest).sort(), Object.keys(vectorIndex).sort())
  assert.equal(vectorIndex.annotations, undefined)
  assert.deepEqual(Object.keys(indexAnnotations ?? {}), ['dev.sign.referrers.revision'])
  assert.match(indexAnnotations?.['dev.sign.referrers.revision'] ?? '', /^[0-9a-f-]{36}$/)
  assert.equal(index.manifests.length, 1)
  assert.equal(vectorIndex.manifests.length, 1)
  const [entry] = index.manifests
  const [vectorEntry] = vectorIndex.manifests
  assert.deepEqual(Object.keys(entry!).sort(), Object.keys(vectorEntry!).sort())
  assert.deepEqual(
    { ...entry, digest: vectorEntry!.digest, size: vectorEntry!.size },
    vectorEntry,
    'mediaType, artifactType and annotations as notation lists them'
  )
  assert.deepEqual(
    [entry!.digest, entry!.size],
    [referrer.digest, referrer.size],
    'the entry names our manifest'
  )
  assert.deepEqual(
    [vectorEntry!.digest, vectorEntry!.size],
    [SIGNATURE_MANIFEST, 728],
    'the vector’s entry names its legacy manifest'
  )
})
