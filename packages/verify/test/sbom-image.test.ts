// SBOM requirements on images, on both real registries (distribution: the tag schema; olareg:
// the referrers API). An SBOM counts when a Sigstore SBOM attestation of the image verifies for
// the required signer, or when an SBOM referrer (as `oras attach` writes it) carries its own
// signature that does — a cosign signature, or a Notary Project signature for a notation signer
// (the chain Ratify verifies). Each SBOM is reported with its format, spec version and package count;
// a missing SBOM, an SBOM attestation of another image and a tampered one fail for their own
// reasons, and an unsigned SBOM referrer is listed as not signed and counts for no one.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import {
  attachSignatureToImage,
  createEnvelope,
  createRevocationChecker,
  memoryTrustStore,
  parseTrustPolicyDocument,
  pemSigner,
  targetArtifactPayload
} from '@sign/notation'
import { pushImage, type ContentStore, type Descriptor } from '@sign/oci'
import { attest, cosignSignStatement } from '@sign/sigstore'
import {
  registryKinds,
  sampleImage,
  selfSignedCodeSigningChain,
  type RegistryKind
} from '@sign/testenv'
import { verifyImage } from '../src/engine/verify-image.ts'
import type { TrustMaterial } from '../src/engine/trust.ts'
import { policyFromText } from '../src/policy/load-policy.ts'
import { renderReportText } from '../src/report/render-text.ts'
import type { SubjectReport } from '../src/report/types.ts'
import { startRegistryEnv, startSigningEnv, type SigningEnv } from './discover-env.ts'
import { sampleSbom, sbomDocument, sbomStatement, tamperedBundle } from './sbom-fixtures.ts'

const SPDX = 'https://spdx.dev/Document'
const SPDX_V23 = 'https://spdx.dev/Document/v2.3'
const CYCLONEDX = 'https://cyclonedx.org/bom'
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

for (const kind of registryKinds()) {
  test(`an SBOM attestation meets "sbom spdx-json by release"; another format, image or a tampered one does not, on ${kind.name}`, async t => {
    await attestationScenario(t, kind)
  })
  test(`an SBOM referrer counts once its own signature verifies; unsigned it is listed as not signed, on ${kind.name}`, async t => {
    await referrerScenario(t, kind)
  })
  test(`a Notary Project signature on the SBOM referrer meets a notation signer's SBOM requirement (Ratify's chain), on ${kind.name}`, async t => {
    await notationScenario(t, kind)
  })
}

const policyText = (signing: SigningEnv, format: string): string => `version: 1
signers:
  release:
    certificate-identity: ${signing.policy.certificateIdentity}
    certificate-oidc-issuer: ${signing.policy.certificateOidcIssuer}
require:
  - sbom: release
    format: ${format}
`

/** A bundle attached to `subject` as a cosign v3 bundle referrer, whatever its statement says. */
async function attachBundle(options: {
  store: ContentStore
  subject: Descriptor
  bundle: unknown
  predicateType: string
}): Promise<Descriptor> {
  const { descriptor } = await options.store.attach({
    subject: options.subject,
    artifactType: BUNDLE,
    layers: [{ mediaType: BUNDLE, data: Buffer.from(JSON.stringify(options.bundle)) }],
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': options.predicateType
    }
  })
  return descriptor
}

const rows = (report: SubjectReport): string[] =>
  report.signatures
    .map(s =>
      [
        s.kind,
        s.predicateType ?? '-',
        s.verdict,
        s.signers.join(',') || '-',
        s.sbom === undefined
          ? '-'
          : `${s.sbom.format}/${s.sbom.specVersion ?? '?'}/${s.sbom.packages ?? '?'}`
      ].join(' ')
    )
    .sort()

async function attestationScenario(t: TestContext, kind: RegistryKind): Promise<void> {
  const signing = await startSigningEnv(t)
  const { client, repo, store, image } = await startRegistryEnv(t, { kind })
  const trust: TrustMaterial = { trustedRoot: signing.trustedRoot }
  const hex = image.digest.slice(7)
  const spdx = sbomDocument({
    sbom: sampleSbom({ name: 'app', hex, packages: 3 }),
    format: 'spdx-json'
  })
  // actions/attest's versioned SPDX predicate type: one family with cosign's, reported exactly.
  await attest({
    signer: signing.signer,
    statement: sbomStatement({ hex, predicateType: SPDX_V23, document: spdx }),
    image: { store, subject: image }
  })
  const verify = async (format: string, reference = image.digest) =>
    verifyImage({
      store,
      reference,
      subject: reference,
      policy: await policyFromText({
        source: 'p',
        baseDir: '/',
        text: policyText(signing, format)
      }),
      trust
    })

  const passed = await verify('spdx-json')
  assert.equal(passed.verified, true, passed.reason)
  assert.deepEqual(
    passed.requirements.map(r => [r.requirement, r.satisfied]),
    [['sbom spdx-json by release', true]]
  )
  assert.deepEqual(rows(passed), [
    `sigstore-bundle ${SPDX_V23} verified release spdx-json/SPDX-2.3/3`
  ])
  const text = renderReportText({
    report: { version: 1, verified: true, policy: 'p', subjects: [passed] }
  })
  assert.match(
    text,
    /verified {3}sigstore-bundle https:\/\/spdx\.dev\/Document\/v2\.3 \[SBOM spdx-json SPDX-2\.3, 3 packages\] by /u
  )

  // The SPDX attestation does not meet a CycloneDX requirement: the reason lists what was found.
  const otherFormat = await verify('cyclonedx-json')
  assert.equal(otherFormat.verified, false)
  assert.equal(
    otherFormat.reason,
    'sbom cyclonedx-json by release: not met (1 found, 0 failed verification; SBOMs found: spdx-json verified for release)'
  )

  // A second image with a signature but no SBOM: missing, said so.
  const bare = await pushImage({ client, repo, reference: 'bare', ...sampleImage() })
  await attest({
    signer: signing.signer,
    statement: cosignSignStatement({ digest: bare.digest }),
    image: { store, subject: bare }
  })
  const missing = await verify('spdx-json', bare.digest)
  assert.equal(missing.verified, false)
  assert.equal(
    missing.reason,
    'sbom spdx-json by release: not met (1 found, 0 failed verification; no SBOM was found)'
  )

  // The first image's SBOM attestation copied onto the second: it is about another image.
  const signed = await signing.signer.signStatement(
    sbomStatement({ hex, predicateType: SPDX, document: spdx })
  )
  await attachBundle({ store, subject: bare, bundle: signed.bundle, predicateType: SPDX })
  const replayed = await verify('spdx-json', bare.digest)
  assert.equal(replayed.verified, false)
  const foreign = replayed.signatures.find(s => s.predicateType === SPDX)
  assert.equal(foreign?.verdict, 'failed')
  assert.equal(
    foreign?.reason,
    `release: the artifact ${bare.digest} is not a subject of the in-toto statement`
  )
  assert.match(replayed.reason ?? '', /SBOMs found: spdx-json failed\)$/u)

  // A CycloneDX attestation whose predicate is altered after signing: the signature fails.
  const cdx = sbomDocument({
    sbom: sampleSbom({ name: 'app', hex, packages: 2 }),
    format: 'cyclonedx-json'
  })
  const cdxSigned = await signing.signer.signStatement(
    sbomStatement({ hex, predicateType: CYCLONEDX, document: cdx })
  )
  const altered = structuredClone(cdxSigned.bundle) as unknown as {
    dsseEnvelope: { payload: string }
  }
  const statement = JSON.parse(Buffer.from(altered.dsseEnvelope.payload, 'base64').toString()) as {
    predicate: { components: { name: string }[] }
  }
  const [component] = statement.predicate.components
  if (component === undefined) throw new Error('no component')
  component.name = 'evil-package'
  altered.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
  await attachBundle({ store, subject: image, bundle: altered, predicateType: CYCLONEDX })
  const tampered = await verify('cyclonedx-json')
  assert.equal(tampered.verified, false)
  const bad = tampered.signatures.find(s => s.predicateType === CYCLONEDX)
  assert.equal(bad?.verdict, 'failed')
  // sigstore-js checks the Rekor entry's body against the envelope first: the altered payload
  // no longer hashes to what the log recorded.
  assert.equal(
    bad?.reason,
    'release: bundle verification failed: TLOG_BODY_ERROR: DSSE payload hash mismatch'
  )
  // Its document still reads: what it claims is listed, and it counts for no one.
  assert.deepEqual(bad?.sbom, { format: 'cyclonedx-json', specVersion: '1.6', packages: 2 })
  assert.match(
    tampered.reason ?? '',
    /SBOMs found: (spdx-json verified for release, cyclonedx-json failed|cyclonedx-json failed, spdx-json verified for release)\)$/u
  )
  // tamperedBundle is the SPDX variant of the same alteration; it must fail the same way.
  await attachBundle({
    store,
    subject: image,
    bundle: tamperedBundle(signed.bundle),
    predicateType: SPDX
  })
  const both = await verify('spdx-json')
  assert.equal(both.verified, true, 'the intact SPDX attestation still meets the requirement')
  assert.equal(
    both.signatures.filter(s => s.predicateType === SPDX && s.verdict === 'failed').length,
    1
  )
}

async function referrerScenario(t: TestContext, kind: RegistryKind): Promise<void> {
  const signing = await startSigningEnv(t)
  const { store, image } = await startRegistryEnv(t, { kind })
  const trust: TrustMaterial = { trustedRoot: signing.trustedRoot }
  const spdx = sbomDocument({
    sbom: sampleSbom({ name: 'app', hex: image.digest.slice(7), packages: 4 }),
    format: 'spdx-json'
  })
  // As `oras attach --artifact-type application/spdx+json image sbom.spdx.json` writes it.
  const { descriptor: sbomManifest } = await store.attach({
    subject: image,
    artifactType: 'application/spdx+json',
    layers: [
      {
        mediaType: 'application/spdx+json',
        data: Buffer.from(JSON.stringify(spdx)),
        annotations: { 'org.opencontainers.image.title': 'sbom.spdx.json' }
      }
    ]
  })
  const policy = await policyFromText({
    source: 'p',
    baseDir: '/',
    text: policyText(signing, 'spdx-json')
  })
  const verify = () =>
    verifyImage({ store, reference: image.digest, subject: image.digest, policy, trust })

  const unsigned = await verify()
  assert.equal(unsigned.verified, false)
  assert.deepEqual(rows(unsigned), ['sbom - unsigned - spdx-json/SPDX-2.3/4'])
  const listed = unsigned.signatures[0]
  assert.equal(listed?.location, sbomManifest.digest)
  assert.equal(
    listed?.reason,
    `not signed: no signature of the SBOM itself was found (looked in: the referrers of the SBOM manifest ${sbomManifest.digest})`
  )
  assert.match(
    unsigned.reason ?? '',
    /^sbom spdx-json by release: not met \(0 found, 0 failed verification; SBOMs found: spdx-json not signed\)$/u
  )

  // The SBOM manifest signed as cosign signs an image: now the SBOM counts for the signer.
  await attest({
    signer: signing.signer,
    statement: cosignSignStatement({ digest: sbomManifest.digest }),
    image: { store, subject: sbomManifest }
  })
  const signed = await verify()
  assert.equal(signed.verified, true, signed.reason)
  assert.deepEqual(rows(signed), ['sbom - verified release spdx-json/SPDX-2.3/4'])
  assert.equal(signed.requirements[0]?.by, sbomManifest.digest)
  assert.equal(signed.signatures[0]?.identity, signing.policy.certificateIdentity)

  // Without an SBOM requirement, the referrer is listed as before and never fetched.
  const plain = await verifyImage({
    store,
    reference: image.digest,
    subject: image.digest,
    policy: await policyFromText({
      source: 'p',
      baseDir: '/',
      text: `version: 1\nallow-unsigned: true\nsigners:\n  release:\n    certificate-identity: ${signing.policy.certificateIdentity}\n    certificate-oidc-issuer: ${signing.policy.certificateOidcIssuer}\n`
    }),
    trust
  })
  assert.deepEqual(
    plain.signatures.map(s => [s.kind, s.verdict, s.sbom]),
    [['other', 'ignored', undefined]]
  )
}

async function notationScenario(t: TestContext, kind: RegistryKind): Promise<void> {
  const { repo, store, image } = await startRegistryEnv(t, { kind })
  const spdx = sbomDocument({
    sbom: sampleSbom({ name: 'app', hex: image.digest.slice(7), packages: 1 }),
    format: 'spdx-json'
  })
  const { descriptor: sbomManifest } = await store.attach({
    subject: image,
    artifactType: 'application/spdx+json',
    layers: [{ mediaType: 'application/spdx+json', data: Buffer.from(JSON.stringify(spdx)) }]
  })
  const [leaf] = await selfSignedCodeSigningChain()
  const [stranger] = await selfSignedCodeSigningChain()
  if (leaf === undefined || stranger === undefined) throw new Error('no certificates')
  // notation sign on the SBOM manifest: a signature referrer of the SBOM, not of the image.
  const signer = pemSigner({ keyPem: leaf.key.privateKeyPem, certificateChainPem: leaf.pem })
  const signingTime = new Date()
  const envelope = await createEnvelope({
    format: 'jws',
    payload: targetArtifactPayload({ descriptor: sbomManifest }),
    signer,
    signingTime
  })
  await attachSignatureToImage({
    store,
    subject: sbomManifest,
    envelope,
    certificateChain: signer.certificateChain,
    signingTime
  })
  const scope = `${repo.registry}/${repo.repository}`
  const trustIn = (storeName: string): TrustMaterial => ({
    notation: {
      oci: parseTrustPolicyDocument({
        kind: 'oci',
        source: 'trustpolicy.oci.json',
        json: {
          version: '1.0',
          trustPolicies: [
            {
              name: 'images',
              registryScopes: [scope],
              signatureVerification: { level: 'strict' },
              trustStores: [`ca:${storeName}`],
              trustedIdentities: ['*']
            }
          ]
        }
      }),
      stores: memoryTrustStore({
        stores: [
          { type: 'ca', name: 'release', certificates: [new X509Certificate(leaf.pem)] },
          { type: 'ca', name: 'stranger', certificates: [new X509Certificate(stranger.pem)] }
        ]
      }),
      revocation: createRevocationChecker()
    }
  })
  const policy = await policyFromText({
    source: 'p',
    baseDir: '/',
    text: 'version: 1\ntrust:\n  notation:\n    trust-policy: unused.json\nsigners:\n  akv:\n    notation: true\nrequire:\n  - sbom: akv\n    format: spdx-json\n'
  })
  const verify = (trust: TrustMaterial) =>
    verifyImage({
      store,
      reference: image.digest,
      subject: image.digest,
      scopeReference: scope,
      policy,
      trust
    })

  const trusted = await verify(trustIn('release'))
  assert.equal(trusted.verified, true, trusted.reason)
  assert.deepEqual(rows(trusted), ['sbom - verified akv spdx-json/SPDX-2.3/1'])
  assert.equal(trusted.signatures[0]?.identity, 'CN=Test-Signer,O=notation,ST=WA,C=US')

  // The same signature, the trust store holding another certificate: failed, and why.
  const untrusted = await verify(trustIn('stranger'))
  assert.equal(untrusted.verified, false)
  assert.equal(untrusted.signatures[0]?.verdict, 'failed')
  assert.match(
    untrusted.signatures[0]?.reason ?? '',
    /^notation at sha256:[0-9a-f]{64}: akv: authenticity validation failed: the signature's certificate chain does not contain any trusted certificate/u
  )
  assert.match(untrusted.reason ?? '', /SBOMs found: spdx-json failed\)$/u)
}
