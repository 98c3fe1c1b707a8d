// discoverSignatures on real registries — distribution 2.8 (no referrers API, so the tag schema),
// anonymous and with bearer tokens, and olareg (the OCI 1.1 referrers API): every way this
// project (and cosign, notation) stores a signature on an image is found with the right kind and
// where it was listed (the API or the tag schema, as the server allows — the tag-schema index tag
// exists only on the registry without the API), the legacy cosign layers verify as bundles
// against the stack's trusted root, and no blob of the image itself is ever fetched.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { OciError, createRegistryClient, listTags, registryStore, sha256Digest } from '@sign/oci'
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  SigstoreError,
  attest,
  cosignSignStatement,
  legacySignatureBundle,
  simpleSigningPayload,
  verifyBundle,
  writeLegacySignature
} from '@sign/sigstore'
import { registryKinds, type RegistryKind } from '@sign/testenv'
import { discoverSignatures, type FoundSignature } from '../src/discover/index.ts'
import {
  attachBrokenNotarySignature,
  attachNotarySignature,
  attachSbom,
  startRegistryEnv,
  startSigningEnv,
  writeLegacyAttestation
} from './discover-env.ts'

const PROVENANCE = 'https://slsa.dev/provenance/v1'

const ofKind = <K extends FoundSignature['kind']>(found: FoundSignature[], kind: K) =>
  found.filter((item): item is Extract<FoundSignature, { kind: K }> => item.kind === kind)

async function scenario(t: TestContext, kind: RegistryKind | 'token'): Promise<void> {
  const signing = await startSigningEnv(t)
  const registry = await startRegistryEnv(t, { kind })
  const { client, repo, store, image } = registry
  const { referrersApi } = registry.registry
  // Where the referrers are listed: the server's API, or the tag schema's index without it.
  const listedVia = referrersApi ? 'referrers-api' : 'tag-schema'
  const hex = image.digest.slice('sha256:'.length)
  const { signer, trustedRoot, policy } = signing

  // Before anything is attached: nothing, and no error for the absent tags.
  assert.deepEqual(await discoverSignatures({ store, subject: image }), [])

  const v3 = await attest({
    signer,
    statement: cosignSignStatement({ digest: image.digest }),
    image: { store, subject: image }
  })
  const dockerReference = `${repo.registry}/${repo.repository}`
  const legacy = [
    await writeLegacySignature({ client, repo, subject: image, signer, dockerReference }),
    await writeLegacySignature({
      client,
      repo,
      subject: image,
      signer,
      dockerReference,
      annotations: { run: '2' }
    })
  ]
  const att = await writeLegacyAttestation({
    client,
    repo,
    subject: image,
    signer,
    predicateType: PROVENANCE
  })
  const notary = await attachNotarySignature({ store, subject: image })
  const sbom = await attachSbom({ store, subject: image })
  const broken = await attachBrokenNotarySignature({ store, subject: image })

  const before = await registry.logSize()
  const lines: string[] = []
  const logger = {
    debug: (m: string) => lines.push(m),
    info: (m: string) => lines.push(m),
    warning: (m: string) => lines.push(m)
  }
  const found = await discoverSignatures({ store, subject: image, logger })
  const requests = await registry.requestsSince(before)

  assert.deepEqual(found.map(item => item.kind).sort(), [
    'cosign-attestation',
    'cosign-signature',
    'cosign-signature',
    'notation',
    'other',
    'sigstore-bundle',
    'unreadable'
  ])

  // The cosign v3 bundle referrer: its bundle, exactly as signed, and its predicate type.
  const [bundle] = ofKind(found, 'sigstore-bundle')
  assert.equal(bundle?.via, listedVia)
  assert.equal(bundle.manifest.digest, v3.referrer?.digest)
  assert.equal(bundle.predicateType, COSIGN_SIGN_PREDICATE_TYPE)
  assert.deepEqual(bundle.bundle, v3.signed.bundle)
  const verifiedV3 = verifyBundle({
    bundle: bundle.bundle,
    artifact: { digest: image.digest },
    policy,
    trustedRoot
  })
  assert.equal(verifiedV3.predicateType, COSIGN_SIGN_PREDICATE_TYPE)

  // The Notary Project signature: its envelope bytes and media type.
  const [notation] = ofKind(found, 'notation')
  assert.equal(notation?.via, listedVia)
  assert.equal(notation.manifest.digest, notary.referrer.digest)
  assert.equal(notation.envelopeMediaType, 'application/jose+json')
  assert.deepEqual(notation.envelope, notary.envelope)

  // The SBOM: reported from the referrers list, its artifactType kept.
  const [other] = ofKind(found, 'other')
  assert.equal(other?.via, listedVia)
  assert.equal(other.manifest.digest, sbom.digest)
  assert.equal(other.artifactType, 'application/spdx+json')

  // The broken referrer does not hide the others, and says why it is unreadable.
  const [unreadable] = ofKind(found, 'unreadable')
  assert.equal(unreadable?.via, listedVia)
  assert.equal(unreadable.manifest.digest, broken.digest)
  assert.equal(unreadable.claimed, 'notation')
  assert.match(
    unreadable.reason,
    /media type application\/octet-stream, not a Notary Project envelope/
  )
  assert.ok(lines.some(line => line.includes(`unreadable notation ${broken.digest}`)))

  // The legacy .sig layers: one result each, the payload's digest claim, bundles that verify.
  const signatures = ofKind(found, 'cosign-signature')
  assert.deepEqual(
    signatures.map(item => [item.via, item.manifest.digest, item.signedDigest]),
    [
      ['cosign-sig-tag', legacy[1]?.descriptor.digest, image.digest],
      ['cosign-sig-tag', legacy[1]?.descriptor.digest, image.digest]
    ]
  )
  for (const [index, item] of signatures.entries()) {
    assert.deepEqual(
      item.payload,
      simpleSigningPayload({
        dockerReference,
        digest: image.digest,
        ...(index === 1 ? { annotations: { run: '2' } } : {})
      })
    )
    assert.equal(item.layer.digest, sha256Digest(item.payload))
    const verified = verifyBundle({
      bundle: item.bundle,
      artifact: { data: item.payload },
      policy,
      trustedRoot
    })
    assert.equal(verified.identity, policy.certificateIdentity)
    assert.equal(verified.kind, 'message')
  }
  assert.match(signatures[1]?.payload.toString() ?? '', /"optional":\{"run":"2"\}/)
  // A payload altered in the registry is refused: the logged entry is over the signed payload.
  const [first] = signatures
  assert.ok(first)
  const tampered = Buffer.from(first.payload.toString().replace('sign/discover', 'sign/evil'))
  assert.throws(
    () =>
      verifyBundle({
        bundle: legacySignatureBundle({
          annotations: first.layer.annotations ?? {},
          payload: tampered
        }),
        artifact: { data: tampered },
        policy,
        trustedRoot
      }),
    (error: unknown) =>
      error instanceof SigstoreError &&
      error.code === 'VERIFICATION_FAILED' &&
      /TLOG_BODY_ERROR: digest mismatch/.test(error.message)
  )
  assert.throws(
    () => verifyBundle({ bundle: first.bundle, artifact: { data: tampered }, policy, trustedRoot }),
    (error: unknown) =>
      error instanceof SigstoreError &&
      error.code === 'VERIFICATION_FAILED' &&
      /does not match the bundle's message digest/.test(error.message)
  )

  // The legacy .att layer: a DSSE bundle about the image, with its predicate type.
  const [attestation] = ofKind(found, 'cosign-attestation')
  assert.equal(attestation?.via, 'cosign-att-tag')
  assert.equal(attestation.manifest.digest, att.digest)
  assert.equal(attestation.predicateType, PROVENANCE)
  const verifiedAtt = verifyBundle({
    bundle: attestation.bundle,
    artifact: { digest: image.digest },
    policy,
    trustedRoot
  })
  assert.equal(verifiedAtt.kind, 'dsse')
  assert.equal(verifiedAtt.predicateType, PROVENANCE)

  // Only signature manifests and signature blobs were fetched: never a blob of the image, and
  // never the SBOM's manifest or layer.
  assert.ok(requests.length > 0, 'the registry logged the requests')
  const pushes = await registry.requestsSince(0)
  for (const digest of registry.imageBlobs) {
    assert.ok(
      pushes.some(request => request.path.includes(digest)),
      'the log names the image blobs when they are requested (the push did)'
    )
  }
  const blobRequests = requests.filter(request => request.path.includes('/blobs/'))
  assert.ok(blobRequests.length >= 5, `signature blobs were fetched: ${blobRequests.length}`)
  for (const digest of registry.imageBlobs) {
    assert.ok(
      !requests.some(request => request.path.includes(digest)),
      `the image blob ${digest} was requested`
    )
  }
  assert.ok(!requests.some(request => request.path.includes(sbom.digest)), 'the SBOM was fetched')

  // How the referrers were listed: the API answered on olareg, and the tag-schema index was
  // never asked for; distribution has no such route (404, learned once by the client), so its
  // index tag was read instead.
  const referrersPath = `/v2/${repo.repository}/referrers/${image.digest}`
  const indexPath = `/v2/${repo.repository}/manifests/sha256-${hex}`
  const answered = (list: typeof requests) =>
    list.map(request => `${request.method} ${request.path.split('?')[0]} ${request.status}`)
  const during = answered(requests)
  assert.equal(during.includes(`GET ${referrersPath} 200`), referrersApi, during.join('\n'))
  assert.equal(during.includes(`GET ${indexPath} 200`), !referrersApi, during.join('\n'))
  assert.equal(
    answered(pushes).some(line => line.startsWith(`GET ${referrersPath} `)),
    true,
    'the referrers API was asked for at least once'
  )
  assert.equal(
    answered(pushes).includes(`GET ${referrersPath} 404`),
    !referrersApi,
    'distribution answers 404 for the referrers API'
  )
  // The writes kept the index only where there is no API: the tags beside v1 are cosign's
  // legacy .sig and .att, and the tag-schema index `sha256-<hex>` on distribution alone.
  assert.deepEqual(await listTags({ client, repo }), [
    ...(referrersApi ? [] : [`sha256-${hex}`]),
    `sha256-${hex}.att`,
    `sha256-${hex}.sig`,
    'v1'
  ])
}

for (const kind of registryKinds()) {
  test(`discoverSignatures finds every kind on ${kind.name}, fetching no image blob`, async t => {
    await scenario(t, kind)
  })
}

test('discoverSignatures finds every kind on distribution 2.8.2 with token auth (tag schema), fetching no image blob', async t => {
  await scenario(t, 'token')
})

test('discoverSignatures throws registry failures instead of reporting nothing', async t => {
  const registry = await startRegistryEnv(t, { kind: 'token' })
  const anonymous = registryStore({ client: createRegistryClient(), repo: registry.repo })
  await assert.rejects(
    discoverSignatures({ store: anonymous, subject: registry.image }),
    (error: unknown) => error instanceof OciError && error.code === 'AUTH_FAILED'
  )
})
