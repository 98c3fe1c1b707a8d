// notation's e2e OCI layouts (written by notation and oras), vendored in test/vectors (see
// SOURCES.md) and read in place: the tag, the signature referrer found by scanning index.json and
// through the referrers tag index, and the envelope's bytes.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { OCI_INDEX, OCI_MANIFEST } from '../src/media-types.ts'
import { sha256Digest } from '../src/reference/digest.ts'
import { layoutStore } from '../src/layout/store.ts'

const REPO_ROOT = join(import.meta.dirname, '../../..')
const LAYOUTS = join(REPO_ROOT, 'test/vectors/notation/e2e/oci_layout')
const SUBJECT = 'sha256:b8479de3f88fb259a0a9ea82a5b2a052a1ef3c4ebbcfc61482d5ae4c831f8af9'
const NOTARY_SIGNATURE = 'application/vnd.cncf.notary.signature'

/** Each layout's signature manifest and its referrers tag index (none for the unsigned one). */
const CASES: { name: string; signature?: string; tagIndex?: string }[] = [
  { name: 'e2e' },
  {
    name: 'e2e-valid-signature',
    signature: 'sha256:90ceaff260d657d797c408ac73564a9c7bb9d86055877c2a811f0e63b8c6524f',
    tagIndex: 'sha256:13e107e0dd246f07ff18998a3d39e226965c41477a1bc1765f7617632ff3f283'
  },
  {
    name: 'e2e-invalid-signature',
    signature: 'sha256:321fcc674d6771dd0e5bd21e599f2df3a482de99a400fd3a3fe371221b97a9c9',
    tagIndex: 'sha256:a045c6c6d90c1183b27b6759500aa5996b90701759d4d149f7b540e59f0b632a'
  },
  {
    name: 'e2e-expired-signature',
    signature: 'sha256:3829708badae8e4b14e1adbc2fac7182bc0c27c5b6f54153e8b68a12eab10a1e',
    tagIndex: 'sha256:9567ef95679c34ba6deedf8ff1a43e17f889f83ee4276c070f7f5c97bad66030'
  }
]

for (const { name, signature, tagIndex } of CASES) {
  test(`notation layout ${name}: tag v1, ${signature ? 'its signature' : 'no referrers'}`, async () => {
    const path = join(LAYOUTS, name)
    const store = layoutStore({ path })
    assert.equal(store.location, `oci-layout:${path}`)
    const subject = await store.resolve('v1')
    assert.deepEqual(subject, { mediaType: OCI_MANIFEST, digest: SUBJECT, size: 517 })
    const image = await store.fetchManifest('v1')
    assert.equal(image && sha256Digest(image.bytes), SUBJECT)

    const { referrers, source } = await store.listReferrers({ subjectDigest: SUBJECT })
    assert.equal(source, 'api')
    if (!signature) {
      assert.deepEqual(referrers, [])
      return
    }
    assert.deepEqual(
      referrers.map(d => [d.digest, d.mediaType, d.artifactType]),
      [[signature, OCI_MANIFEST, NOTARY_SIGNATURE]]
    )
    const filtered = await store.listReferrers({
      subjectDigest: SUBJECT,
      artifactType: NOTARY_SIGNATURE
    })
    assert.deepEqual(filtered.referrers, referrers)
    const other = await store.listReferrers({
      subjectDigest: SUBJECT,
      artifactType: 'application/spdx+json'
    })
    assert.deepEqual(other.referrers, [])

    const fetched = await store.fetchManifest(signature)
    assert.ok(fetched)
    assert.equal(sha256Digest(fetched.bytes), signature)
    assert.equal(fetched.mediaType, OCI_MANIFEST)
    const manifest = JSON.parse(fetched.bytes.toString()) as {
      layers: { digest: string; size: number }[]
      annotations: Record<string, string>
    }
    assert.deepEqual(
      referrers[0]?.annotations,
      manifest.annotations,
      'annotations as the referrers API gives them'
    )
    const envelope = manifest.layers[0]
    assert.ok(envelope)
    const bytes = await store.fetchBlob(envelope.digest)
    assert.equal(sha256Digest(bytes), envelope.digest)
    assert.equal(bytes.byteLength, envelope.size)
    assert.equal(await store.blobExists(envelope.digest), true)

    const index = await store.fetchManifest(`sha256-${SUBJECT.slice('sha256:'.length)}`)
    assert.ok(index)
    assert.equal(index.digest, tagIndex)
    assert.equal(index.mediaType, OCI_INDEX)
    const written = JSON.parse(index.bytes.toString()) as { manifests: unknown[] }
    assert.deepEqual(written.manifests, referrers, 'the scan describes it as notation did')
  })
}
