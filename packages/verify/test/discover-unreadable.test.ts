// Malformed signature artifacts are reported as `unreadable` with the reason — never thrown —
// and never hide the readable ones. Written into a fresh OCI layout, the artifacts shaped by
// hand where no signing tool would write them.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { OCI_INDEX, OCI_MANIFEST, sha256Digest, type ContentStore } from '@sign/oci'
import { discoverSignatures, type FoundSignature } from '../src/discover/index.ts'
import { attachNotarySignature, startLayoutEnv } from './discover-env.ts'

async function pushJson(
  store: ContentStore,
  value: unknown
): Promise<{ digest: string; size: number; data: Buffer }> {
  const data = Buffer.from(JSON.stringify(value))
  const digest = sha256Digest(data)
  await store.pushBlob({ digest, content: data })
  return { digest, size: data.length, data }
}

test('each malformed artifact is unreadable with its reason, and the good signature is still found', async t => {
  const { store, image } = await startLayoutEnv(t)
  const hex = image.digest.slice('sha256:'.length)

  const good = await attachNotarySignature({ store, subject: image })
  const twoLayers = await store.attach({
    subject: image,
    artifactType: 'application/vnd.cncf.notary.signature',
    layers: [
      { mediaType: 'application/jose+json', data: Buffer.from('{}') },
      { mediaType: 'application/jose+json', data: Buffer.from('{"a":1}') }
    ]
  })
  const notJson = await store.attach({
    subject: image,
    artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    layers: [
      { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', data: Buffer.from('not json') }
    ]
  })
  const wrongConfig = await store.attach({
    subject: image,
    artifactType: 'application/vnd.cncf.notary.signature',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', data: Buffer.from('{}') },
    layers: [{ mediaType: 'application/jose+json', data: Buffer.from('{}') }]
  })
  const huge = await store.attach({
    subject: image,
    artifactType: 'application/vnd.cncf.notary.signature',
    layers: [{ mediaType: 'application/jose+json', data: Buffer.from('{}') }],
    annotations: { padding: 'x'.repeat(4 * 1024 * 1024) }
  })

  // A legacy .sig image whose one layer lacks the signature annotation.
  const payload = await pushJson(store, {
    critical: {
      identity: { 'docker-reference': 'registry.test/app' },
      image: { 'docker-manifest-digest': image.digest },
      type: 'cosign container image signature'
    },
    optional: null
  })
  const config = await pushJson(store, { rootfs: { type: 'layers', diff_ids: [payload.digest] } })
  const sigLayer = {
    mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
    digest: payload.digest,
    size: payload.size,
    annotations: { 'dev.sigstore.cosign/certificate': '' }
  }
  const sig = await store.pushManifest({
    bytes: Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: config.digest,
          size: config.size
        },
        layers: [sigLayer]
      })
    ),
    mediaType: OCI_MANIFEST,
    tag: `sha256-${hex}.sig`
  })
  // A legacy .att tag holding an index, not an image.
  await store.pushManifest({
    bytes: Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] })),
    mediaType: OCI_INDEX,
    tag: `sha256-${hex}.att`
  })

  const found = await discoverSignatures({ store, subject: image })
  const byDigest = new Map<string, FoundSignature>(found.map(item => [item.manifest.digest, item]))
  const reason = (digest: string) => {
    const item = byDigest.get(digest)
    assert.equal(item?.kind, 'unreadable', digest)
    return `${item.claimed}: ${item.reason}`
  }
  assert.equal(found.length, 7)
  assert.equal(byDigest.get(good.referrer.digest)?.kind, 'notation')
  assert.match(
    reason(twoLayers.descriptor.digest),
    /^notation: .* has 2 layers; a Notary Project signature manifest holds exactly one/
  )
  assert.match(
    reason(notJson.descriptor.digest),
    /^sigstore-bundle: the bundle layer sha256:\w+ is not JSON/
  )
  assert.match(
    reason(wrongConfig.descriptor.digest),
    /^notation: .* is not a Notary Project signature manifest: artifactType application\/vnd\.cncf\.notary\.signature with config media type application\/vnd\.oci\.image\.config\.v1\+json/
  )
  assert.match(
    reason(huge.descriptor.digest),
    /^notation: .* over the 4 MiB limit of a signature manifest/
  )

  const sigItem = byDigest.get(sig.digest)
  assert.equal(sigItem?.kind, 'unreadable')
  assert.equal(sigItem.via, 'cosign-sig-tag')
  assert.equal(sigItem.claimed, 'cosign-signature')
  assert.equal(sigItem.layer?.digest, payload.digest)
  assert.match(
    sigItem.reason,
    /annotation dev\.cosignproject\.cosign\/signature is missing or empty/
  )

  const attItem = found.find(item => item.via === 'cosign-att-tag')
  assert.equal(attItem?.kind, 'unreadable')
  assert.equal(attItem.claimed, 'cosign-attestation')
  assert.equal(attItem.manifest.mediaType, OCI_INDEX)
  assert.match(attItem.manifest.digest, /^sha256:[0-9a-f]{64}$/)
  assert.match(
    attItem.reason,
    /\(application\/vnd\.oci\.image\.index\.v1\+json\) has no layers list of descriptors/
  )
})
