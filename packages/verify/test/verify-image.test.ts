// verifyImage, the library entry point, on real registries holding every kind of signature and
// attestation this project writes — distribution (no referrers API: the tag schema) and olareg
// (the OCI 1.1 referrers API), each item reported as found where that server lists it: the
// policy's requirements decide, each found item is reported with its verdict and reason, and a
// cosign .sig copied from another image is refused.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import { fetchManifest, pushImage, putManifest } from '@sign/oci'
import {
  attachSignatureToImage,
  createEnvelope,
  createRevocationChecker,
  memoryTrustStore,
  parseTrustPolicyDocument,
  pemSigner,
  targetArtifactPayload
} from '@sign/notation'
import { attest, cosignSignStatement, writeLegacySignature } from '@sign/sigstore'
import {
  registryKinds,
  sampleImage,
  selfSignedCodeSigningChain,
  type RegistryKind
} from '@sign/testenv'
import { verifyImage } from '../src/engine/verify-image.ts'
import type { TrustMaterial } from '../src/engine/trust.ts'
import { policyFromText } from '../src/policy/load-policy.ts'
import {
  attachBrokenNotarySignature,
  attachSbom,
  startRegistryEnv,
  startSigningEnv,
  writeLegacyAttestation
} from './discover-env.ts'

const SLSA_V1 = 'https://slsa.dev/provenance/v1'
const SPDX = 'https://spdx.dev/Document'

for (const kind of registryKinds()) {
  test(`requirements over every signature kind; each item reported with its verdict, on ${kind.name}`, async t => {
    await requirementsScenario(t, kind)
  })
  test(`notation: the trust policy statement for the repository decides, skip and audit included, on ${kind.name}`, async t => {
    await notationScenario(t, kind)
  })
}

/** Where a referrer is reported found: the server's referrers API, else the tag schema. */
const referrersVia = (kind: RegistryKind): string =>
  kind.referrersApi ? 'referrers-api' : 'tag-schema'

async function requirementsScenario(t: TestContext, kind: RegistryKind): Promise<void> {
  const signing = await startSigningEnv(t)
  const registry = await startRegistryEnv(t, { kind })
  const { client, repo, store, image } = registry
  const { signer, trustedRoot, policy: identity } = signing

  await attest({
    signer,
    statement: cosignSignStatement({ digest: image.digest }),
    image: { store, subject: image }
  })
  await attest({
    signer,
    statement: {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app', digest: { sha256: image.digest.slice(7) } }],
      predicateType: SPDX,
      predicate: { spdxVersion: 'SPDX-2.3' }
    },
    image: { store, subject: image }
  })
  await writeLegacyAttestation({ client, repo, subject: image, signer, predicateType: SLSA_V1 })
  await attachSbom({ store, subject: image })
  await attachBrokenNotarySignature({ store, subject: image })

  // A .sig image made for another image, then put at this image's .sig tag (a replay).
  const other = await pushImage({ client, repo, reference: 'other', ...sampleImage() })
  const replayed = await writeLegacySignature({
    client,
    repo,
    subject: other,
    signer,
    dockerReference: `${repo.registry}/${repo.repository}`
  })
  const replayBytes = await fetchManifest({ client, repo, reference: replayed.descriptor.digest })
  await putManifest({
    client,
    repo,
    reference: `sha256-${image.digest.slice(7)}.sig`,
    bytes: replayBytes?.bytes ?? Buffer.alloc(0),
    mediaType: replayBytes?.mediaType ?? ''
  })

  const policy = await policyFromText({
    source: 'test policy',
    baseDir: '/',
    text: `version: 1
signers:
  release:
    certificate-identity: ${identity.certificateIdentity}
    certificate-oidc-issuer: ${identity.certificateOidcIssuer}
require:
  - signature: release
  - attestation: release
    predicate-type: slsaprovenance1
  - attestation: release
    predicate-type: spdxjson
`
  })
  const trust: TrustMaterial = { trustedRoot }
  const report = await verifyImage({ store, reference: 'v1', subject: 'v1', policy, trust })
  assert.equal(report.verified, true, report.reason)
  assert.equal(report.digest, image.digest)
  assert.match(
    report.warnings[0] ?? '',
    /tag v1 resolved to sha256:[0-9a-f]{64}; verify by digest/u
  )
  assert.deepEqual(
    report.requirements.map(r => [r.requirement, r.satisfied]),
    [
      ['signature by release', true],
      [`attestation ${SLSA_V1} by release`, true],
      [`attestation ${SPDX} by release`, true]
    ]
  )
  const rows = report.signatures
    .map(s => [s.kind, s.category, s.predicateType ?? '', s.verdict, s.signers.join(',')].join(' '))
    .sort()
  assert.deepEqual(rows, [
    `cosign-attestation attestation ${SLSA_V1} verified release`,
    'cosign-signature signature  failed ',
    'other other application/spdx+json ignored ',
    `sigstore-bundle attestation ${SPDX} verified release`,
    'sigstore-bundle signature https://sigstore.dev/cosign/sign/v1 verified release',
    'unreadable signature  failed '
  ])
  // Where each was found: referrers as the server lists them, cosign's legacy images by tag.
  assert.deepEqual(report.signatures.map(s => [s.kind, s.via]).sort(), [
    ['cosign-attestation', 'cosign-att-tag'],
    ['cosign-signature', 'cosign-sig-tag'],
    ['other', referrersVia(kind)],
    ['sigstore-bundle', referrersVia(kind)],
    ['sigstore-bundle', referrersVia(kind)],
    ['unreadable', referrersVia(kind)]
  ])
  const replay = report.signatures.find(s => s.kind === 'cosign-signature')
  assert.equal(
    replay?.reason,
    `unreadable cosign-signature: its payload signs ${other.digest}, not this image ${image.digest}`
  )

  // The same image against a policy asking for what is not there.
  const strict = await policyFromText({
    source: 'strict policy',
    baseDir: '/',
    text: `version: 1
signers:
  release:
    certificate-identity: ${identity.certificateIdentity}
    certificate-oidc-issuer: ${identity.certificateOidcIssuer}
    certificate-github-workflow-ref: refs/heads/main
require:
  - attestation: release
    predicate-type: cyclonedx
`
  })
  const failed = await verifyImage({
    store,
    reference: image.digest,
    subject: image.digest,
    policy: strict,
    trust
  })
  assert.equal(failed.verified, false)
  assert.deepEqual(failed.warnings, [])
  assert.match(
    failed.reason ?? '',
    /^attestation https:\/\/cyclonedx\.org\/bom by release: not met \(5 found, 5 failed verification\)$/u
  )
  const refusedClaim = failed.signatures.find(s => s.kind === 'cosign-attestation')
  assert.match(
    refusedClaim?.reason ?? '',
    /release: certificate GitHub workflow ref .* is "refs\/tags\/v1\.2\.3", expected "refs\/heads\/main"/u
  )
  // Refused for its signer, not for its cryptography: it still says who signed it.
  assert.equal(refusedClaim?.verdict, 'failed')
  assert.equal(refusedClaim?.identity, identity.certificateIdentity)
  assert.equal(refusedClaim?.issuer, identity.certificateOidcIssuer)
  // A signature that does not verify names no one.
  assert.equal(failed.signatures.find(s => s.kind === 'cosign-signature')?.identity, undefined)

  // A literal identity the certificate does not have: the reason says what the policy expected,
  // as written, and what the certificate holds — no escaped regexp.
  const expected = identity.certificateIdentity.replace('v1.2.3', 'v1.2.4')
  const wrong = await verifyImage({
    store,
    reference: image.digest,
    subject: image.digest,
    policy: await policyFromText({
      source: 'wrong identity',
      baseDir: '/',
      text: `version: 1\nsigners:\n  release:\n    certificate-identity: ${expected}\n    certificate-oidc-issuer: ${identity.certificateOidcIssuer}\n`
    }),
    trust
  })
  assert.equal(wrong.verified, false)
  const bundle = wrong.signatures.find(
    s => s.kind === 'sigstore-bundle' && s.category === 'signature'
  )
  assert.equal(bundle?.verdict, 'failed')
  assert.equal(
    bundle?.reason,
    `release: certificate identity "${identity.certificateIdentity}" does not match the expected "${expected}"`
  )
  assert.doesNotMatch(bundle?.reason ?? '', /\\/u)
  assert.equal(bundle?.identity, identity.certificateIdentity)
  assert.equal(bundle?.issuer, identity.certificateOidcIssuer)
}

async function notationScenario(t: TestContext, kind: RegistryKind): Promise<void> {
  const registry = await startRegistryEnv(t, { kind })
  const { repo, store, image } = registry
  const [leaf] = await selfSignedCodeSigningChain()
  const [stranger] = await selfSignedCodeSigningChain()
  if (leaf === undefined || stranger === undefined) throw new Error('no certificates')
  const signer = pemSigner({ keyPem: leaf.key.privateKeyPem, certificateChainPem: leaf.pem })
  const signingTime = new Date()
  const envelope = await createEnvelope({
    format: 'cose',
    payload: targetArtifactPayload({ descriptor: image }),
    signer,
    signingTime
  })
  await attachSignatureToImage({
    store,
    subject: image,
    envelope,
    certificateChain: signer.certificateChain,
    signingTime
  })

  const scope = `${repo.registry}/${repo.repository}`
  const document = (level: string, store: string) =>
    parseTrustPolicyDocument({
      kind: 'oci',
      source: 'trustpolicy.oci.json',
      json: {
        version: '1.0',
        trustPolicies: [
          level === 'skip'
            ? { name: 'images', registryScopes: [scope], signatureVerification: { level } }
            : {
                name: 'images',
                registryScopes: [scope],
                signatureVerification: { level },
                trustStores: [`ca:${store}`],
                trustedIdentities: ['*']
              }
        ]
      }
    })
  const stores = memoryTrustStore({
    stores: [
      { type: 'ca', name: 'release', certificates: [new X509Certificate(leaf.pem)] },
      { type: 'ca', name: 'stranger', certificates: [new X509Certificate(stranger.pem)] }
    ]
  })
  const policy = await policyFromText({
    source: 'p',
    baseDir: '/',
    text: 'version: 1\ntrust:\n  notation:\n    trust-policy: unused.json\nsigners:\n  akv:\n    notation: true\n'
  })
  const trustWith = (oci: ReturnType<typeof document>): TrustMaterial => ({
    notation: { oci, stores, revocation: createRevocationChecker() }
  })
  const verify = (oci: ReturnType<typeof document>, scopeReference = scope) =>
    verifyImage({
      store,
      reference: image.digest,
      subject: image.digest,
      scopeReference,
      policy,
      trust: trustWith(oci)
    })

  const strict = await verify(document('strict', 'release'))
  assert.equal(strict.verified, true, strict.reason)
  assert.deepEqual(
    strict.signatures.map(s => [s.kind, s.via]),
    [['notation', referrersVia(kind)]]
  )
  // The certificate's subject as notation prints it (Go's pkix.Name order: CN first, C last).
  assert.equal(strict.signatures[0]?.identity, 'CN=Test-Signer,O=notation,ST=WA,C=US')

  const untrusted = await verify(document('strict', 'stranger'))
  assert.equal(untrusted.verified, false)
  assert.match(
    untrusted.signatures[0]?.reason ?? '',
    /^akv: authenticity validation failed: the signature's certificate chain does not contain any trusted certificate/u
  )
  // Its envelope is intact, so the failed signature still names its certificate's subject.
  assert.equal(untrusted.signatures[0]?.identity, strict.signatures[0]?.identity)

  const audit = await verify(document('audit', 'stranger'))
  assert.equal(audit.verified, true, audit.reason)
  assert.match(
    audit.signatures[0]?.warnings.join('\n') ?? '',
    /authenticity was set to "log" and failed/u
  )

  const skipped = await verify(document('skip', 'release'))
  assert.equal(skipped.verified, true)
  assert.equal(skipped.requirements[0]?.satisfied, true)
  assert.equal(skipped.requirements[0]?.by, 'trust policy statement images (level skip)')
  assert.equal(skipped.signatures[0]?.verdict, 'unverified')
  assert.equal(
    skipped.signatures[0]?.reason,
    'akv: not checked, trust policy statement images has level skip'
  )

  const otherRepo = await verify(document('strict', 'release'), `${repo.registry}/another/repo`)
  assert.equal(otherRepo.verified, false)
  assert.match(otherRepo.signatures[0]?.reason ?? '', /there is no applicable trust policy/u)
}
