// cosign v3 image signatures: the in-toto statement cosign signs, attached as a bundle referrer
// the way cosign's WriteReferrer writes it, on real registries without the referrers API
// (distribution 2.8.2: tag schema) and with it (olareg: indexed by the registry).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SerializedBundle } from '@sigstore/bundle'
import { EMPTY_CONFIG, OCI_EMPTY, OCI_MANIFEST, referrersTag, type ImageManifest } from '@sign/oci'
import { registryKinds } from '@sign/testenv'
import { SigstoreError } from '../src/errors.ts'
import {
  BUNDLE_V03_MEDIA_TYPE,
  COSIGN_SIGN_PREDICATE_TYPE,
  attachBundleToImage,
  cosignSignStatement
} from '../src/cosign/index.ts'
import { startCosignEnv, startRegistryEnv } from './cosign-env.ts'

const VECTORS = join(import.meta.dirname, '../../../test/vectors/sigstore/real')
const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`
const statementOf = (bundle: SerializedBundle) =>
  JSON.parse(Buffer.from(bundle.dsseEnvelope?.payload ?? '', 'base64').toString()) as {
    subject: { digest: { sha256: string } }[]
    predicateType: string
  }

test('cosign v3 sign: the statement is cosign signDigestBundle’s, field for field and in its order', () => {
  const hex = 'ab'.repeat(32)
  assert.equal(
    JSON.stringify(cosignSignStatement({ digest: `sha256:${hex}` })),
    `{"_type":"https://in-toto.io/Statement/v1","subject":[{"digest":{"sha256":"${hex}"},"annotations":{}}],"predicateType":"https://sigstore.dev/cosign/sign/v1","predicate":{}}`
  )
  const annotated = cosignSignStatement({ digest: `sha256:${hex}`, annotations: { env: 'prod' } })
  assert.deepEqual(annotated.subject[0]?.annotations, { env: 'prod' })
  assert.throws(
    () => cosignSignStatement({ digest: `sha512:${hex}` }),
    (error: unknown) =>
      error instanceof SigstoreError &&
      error.code === 'INVALID_INPUT' &&
      /sha512:.* is not sha256:<64 lowercase hex>/.test(error.message)
  )
})

for (const kind of registryKinds())
  test(`cosign v3 sign: the bundle referrer has exactly cosign’s manifest, is listed, and verifies on ${kind.name}`, async t => {
    // One after the other: a failed start must not leave the other starting unobserved.
    const env = await startCosignEnv(t)
    const registry = await startRegistryEnv(t, kind)
    const image = await registry.pushImage('v1')
    const signed = await env.signer.signStatement(cosignSignStatement({ digest: image.digest }))
    const referrer = await attachBundleToImage({
      store: registry.store,
      subject: image,
      signed,
      predicateType: COSIGN_SIGN_PREDICATE_TYPE,
      created: new Date('2026-03-04T05:06:07.890Z')
    })

    const stored = await registry.store.fetchManifest(referrer.digest)
    assert.ok(stored, 'the referrer manifest is on the registry under its digest')
    assert.equal(stored.mediaType, OCI_MANIFEST)
    const manifest = JSON.parse(stored.bytes.toString()) as ImageManifest
    const layerBytes = Buffer.from(JSON.stringify(signed.bundle))
    const annotations = {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE_TYPE,
      'org.opencontainers.image.created': '2026-03-04T05:06:07Z'
    }
    // cosign's WriteReferrer: artifactType on the manifest and on the empty config, one layer.
    assert.deepEqual(manifest, {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: BUNDLE_V03_MEDIA_TYPE,
      config: { ...EMPTY_CONFIG, artifactType: BUNDLE_V03_MEDIA_TYPE },
      layers: [
        { mediaType: BUNDLE_V03_MEDIA_TYPE, digest: sha256(layerBytes), size: layerBytes.length }
      ],
      subject: { mediaType: image.mediaType, digest: image.digest, size: image.size },
      annotations
    })
    assert.equal(manifest.config.mediaType, OCI_EMPTY)
    assert.equal((await registry.store.fetchBlob(manifest.config.digest)).toString(), '{}')

    const listed = await registry.store.listReferrers({
      subjectDigest: image.digest,
      artifactType: BUNDLE_V03_MEDIA_TYPE
    })
    // Listed by the registry where it has the referrers API, else from the tag schema.
    assert.equal(listed.source, kind.referrersApi ? 'api' : 'tag-schema')
    const tagIndex = await registry.store.fetchManifest(referrersTag(image.digest))
    assert.equal(
      tagIndex === undefined,
      kind.referrersApi,
      'a tag-schema index only without the API'
    )
    assert.deepEqual(listed.referrers, [
      {
        mediaType: OCI_MANIFEST,
        digest: referrer.digest,
        size: stored.bytes.length,
        artifactType: BUNDLE_V03_MEDIA_TYPE,
        annotations
      }
    ])

    // What cosign verify reads back: the layer's bundle, verified, about this image.
    const [layer] = manifest.layers
    const bundle = JSON.parse(
      (await registry.store.fetchBlob(layer?.digest ?? '')).toString()
    ) as SerializedBundle
    const signer = env.verify(bundle)
    assert.equal(signer.identity?.subjectAlternativeName, env.san)
    assert.equal(`sha256:${statementOf(bundle).subject[0]?.digest.sha256}`, image.digest)
    assert.equal(statementOf(bundle).predicateType, COSIGN_SIGN_PREDICATE_TYPE)
  })

for (const kind of registryKinds())
  test(`cosign v3 sign: bundles cosign would ignore or reject are refused before anything is written on ${kind.name}`, async t => {
    // One after the other: a failed start must not leave the other starting unobserved.
    const env = await startCosignEnv(t)
    const registry = await startRegistryEnv(t, kind)
    const image = await registry.pushImage('v1')
    const statement = await env.signer.signStatement(cosignSignStatement({ digest: image.digest }))
    const message = await env.signer.signBytes(Buffer.from('not a statement'))
    const attach = (signed: typeof statement, predicateType = COSIGN_SIGN_PREDICATE_TYPE) =>
      attachBundleToImage({ store: registry.store, subject: image, signed, predicateType })
    const refused = (pattern: RegExp) => (error: unknown) =>
      error instanceof SigstoreError &&
      error.code === 'INVALID_INPUT' &&
      pattern.test(error.message)

    const v02 = {
      ...statement,
      bundle: {
        ...statement.bundle,
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.2'
      }
    }
    await assert.rejects(attach(v02), refused(/version=0\.2; cosign only reads .*v0\.3\+json/))
    await assert.rejects(attach(message), refused(/no DSSE envelope of an in-toto statement/))
    await assert.rejects(
      attach(statement, 'https://slsa.dev/provenance/v1'),
      refused(
        /"https:\/\/slsa.dev\/provenance\/v1" is not the signed statement's \("https:\/\/sigstore.dev\/cosign\/sign\/v1"\)/
      )
    )
    const listed = await registry.store.listReferrers({ subjectDigest: image.digest })
    assert.deepEqual(listed.referrers, [])
  })

/** Every key path of a JSON value ("a.b[].c"), values aside. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap(item => keyPaths(item, `${prefix}[]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return [path, ...keyPaths(child, path)]
  })
}

test('cosign v3 sign: our bundle has the keys of a real cosign OCI bundle at every level', async t => {
  const vector = join(VECTORS, 'oci-attestation.sigstore.json')
  const real = JSON.parse(await readFile(vector, 'utf8')) as SerializedBundle
  const env = await startCosignEnv(t)
  const ours = (
    await env.signer.signStatement(cosignSignStatement({ digest: sha256(Buffer.from('image')) }))
  ).bundle

  const realPaths = new Set(keyPaths(real))
  const ourPaths = new Set(keyPaths(ours))
  // Both come from protobuf JSON. The stack's Rekor puts every entry in its own one-leaf tree
  // (logIndex 0, no hashes): we write both keys all the same, as Rekor does (EmitUnpopulated), so
  // the key sets are equal. Without a TSA neither bundle has timestampVerificationData.
  assert.deepEqual(
    [...ourPaths].filter(p => !realPaths.has(p)),
    []
  )
  assert.deepEqual(
    [...realPaths].filter(p => !ourPaths.has(p)),
    []
  )
  assert.equal(ours.mediaType, real.mediaType)
  assert.equal(ours.dsseEnvelope?.payloadType, real.dsseEnvelope?.payloadType)
  assert.deepEqual(ours.verificationMaterial.tlogEntries[0]?.kindVersion, {
    kind: 'dsse',
    version: '0.0.1'
  })
  assert.deepEqual(
    ours.verificationMaterial.tlogEntries[0]?.kindVersion,
    real.verificationMaterial.tlogEntries[0]?.kindVersion
  )

  // The statements differ by design: the vector is `cosign attest` (Statement v0.1, a named
  // subject, a custom predicate); ours is `cosign sign` v3's (Statement v1, no subject name, as
  // protojson writes an empty name, and the empty predicate).
  const realStatement = statementOf(real) as unknown as Record<string, unknown>
  const ourStatement = statementOf(ours) as unknown as Record<string, unknown>
  assert.deepEqual(Object.keys(ourStatement).sort(), Object.keys(realStatement).sort())
  assert.deepEqual(keyPaths(realStatement['subject']), ['[].name', '[].digest', '[].digest.sha256'])
  assert.deepEqual(keyPaths(ourStatement['subject']), [
    '[].digest',
    '[].digest.sha256',
    '[].annotations'
  ])
})
