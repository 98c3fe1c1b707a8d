// Reading cosign's legacy layers back: a `.sig` simple-signing layer and a `.att` DSSE layer,
// annotated exactly as cosign writes them, become v0.1 bundles that verify against the loopback
// stack's trusted root; malformed annotations are refused naming the annotation.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPairSync, sign } from 'node:crypto'
import { GITHUB_ACTIONS_ISSUER } from '@sign/testenv'
import type { InTotoStatement, SignedBundle } from '../src/signer/bundle-signer.ts'
import { verifyBundle, type TrustedRootJSON } from '../src/verify/index.ts'
import {
  BUNDLE_V01_MEDIA_TYPE,
  legacyAttestationBundle,
  legacySignatureBundle,
  parseSimpleSigningPayload,
  rekorSetBundle,
  signatureLayerAnnotations,
  simpleSigningPayload
} from '../src/cosign/index.ts'
import { startCosignEnv } from './cosign-env.ts'
import { assertRejected, rejection } from './verify-rejection.ts'

const SUBJECT = `sha256:${'ab'.repeat(32)}`
const payload = simpleSigningPayload({ dockerReference: 'registry.test/app', digest: SUBJECT })

const isInvalidBundle = (reason: RegExp) => rejection('INVALID_BUNDLE', reason)

/** A `.att` layer as cosign v2 `attest` writes it: the DSSE envelope and its annotations. */
function attestationLayer(signed: SignedBundle, predicateType: string) {
  const envelope = signed.bundle.dsseEnvelope
  assert.ok(envelope)
  const [signature] = envelope.signatures
  const bytes = Buffer.from(
    JSON.stringify({
      payloadType: envelope.payloadType,
      payload: envelope.payload,
      signatures: [{ keyid: '', sig: signature?.sig }]
    })
  )
  const annotations: Record<string, string> = {
    'dev.cosignproject.cosign/signature': '',
    'dev.sigstore.cosign/bundle': rekorSetBundle(signed.bundle) ?? '',
    'dev.sigstore.cosign/certificate': signed.certificatePem,
    'dev.sigstore.cosign/chain': '',
    predicateType
  }
  return { bytes, annotations }
}

test('legacy .sig: a signed simple-signing layer becomes a v0.1 bundle that verifies over the payload', async t => {
  const env = await startCosignEnv(t, { tsa: true })
  const trustedRoot = env.stack.trustedRoot as unknown as TrustedRootJSON
  const policy = { certificateIdentity: env.san, certificateOidcIssuer: GITHUB_ACTIONS_ISSUER }
  const signed = await env.signer.signBytes(payload)
  const annotations = signatureLayerAnnotations(signed)
  assert.ok(annotations['dev.sigstore.cosign/rfc3161timestamp'], 'the TSA timestamp is annotated')

  const bundle = legacySignatureBundle({ annotations, payload })
  assert.equal(bundle.mediaType, BUNDLE_V01_MEDIA_TYPE)
  const [entry] = bundle.verificationMaterial.tlogEntries
  assert.deepEqual(entry?.kindVersion, { kind: 'hashedrekord', version: '0.0.1' })
  assert.equal(entry.inclusionProof, undefined)
  assert.equal(
    entry.canonicalizedBody,
    signed.bundle.verificationMaterial.tlogEntries[0]?.canonicalizedBody
  )
  assert.equal(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length, 1)
  const verified = verifyBundle({ bundle, artifact: { data: payload }, policy, trustedRoot })
  assert.equal(verified.identity, env.san)
  assert.equal(verified.issuer, GITHUB_ACTIONS_ISSUER)
  assert.equal(verified.kind, 'message')

  // cosign v2 also writes the Fulcio chain (intermediates, root) in dev.sigstore.cosign/chain.
  const [authority] = (
    env.stack.trustedRoot as unknown as {
      certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[]
    }
  ).certificateAuthorities
  assert.ok(authority)
  const chainPem = authority.certChain.certificates
    .map(
      ({ rawBytes }) =>
        `-----BEGIN CERTIFICATE-----\n${rawBytes.match(/.{1,64}/g)?.join('\n')}\n-----END CERTIFICATE-----\n`
    )
    .join('')
  const withChain = legacySignatureBundle({
    annotations: { ...annotations, 'dev.sigstore.cosign/chain': chainPem },
    payload
  })
  assert.equal(
    withChain.verificationMaterial.x509CertificateChain?.certificates.length,
    1 + authority.certChain.certificates.length
  )
  assert.equal(
    verifyBundle({ bundle: withChain, artifact: { data: payload }, policy, trustedRoot }).identity,
    env.san
  )

  // The same layer under a payload that was altered in the registry: the log entry records the
  // hash of what was signed, so the altered payload is refused.
  const tampered = Buffer.from(payload.toString().replace('registry.test', 'evil.test'))
  assertRejected(
    {
      bundle: legacySignatureBundle({ annotations, payload: tampered }),
      artifact: { data: tampered },
      policy,
      trustedRoot
    },
    'VERIFICATION_FAILED',
    /TLOG_BODY_ERROR: digest mismatch/
  )
  // A signature swapped for another one over other bytes does not match the entry either (the
  // TSA timestamp, over the original signature, is left out so the log entry is what refuses it).
  const logOnly = { ...annotations }
  delete logOnly['dev.sigstore.cosign/rfc3161timestamp']
  const other = await env.signer.signBytes(Buffer.from('other'))
  assertRejected(
    {
      bundle: legacySignatureBundle({
        annotations: {
          ...logOnly,
          'dev.cosignproject.cosign/signature': other.signature.toString('base64')
        },
        payload
      }),
      artifact: { data: payload },
      policy,
      trustedRoot
    },
    'VERIFICATION_FAILED',
    /TLOG_BODY_ERROR: signature mismatch/
  )
  // Another identity is a policy failure, not a crash.
  assertRejected(
    {
      bundle,
      artifact: { data: payload },
      policy: { ...policy, certificateIdentity: 'https://github.com/other/repo' },
      trustedRoot
    },
    'POLICY_FAILED',
    /certificate identity ".*" does not match the expected "https:\/\/github\.com\/other\/repo"$/
  )
})

test('legacy .att: the DSSE layer and its annotations become a v0.1 bundle that verifies for the image', async t => {
  const env = await startCosignEnv(t)
  const trustedRoot = env.stack.trustedRoot as unknown as TrustedRootJSON
  const policy = { certificateIdentity: env.san, certificateOidcIssuer: GITHUB_ACTIONS_ISSUER }
  const statement: InTotoStatement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'registry.test/app', digest: { sha256: SUBJECT.slice(7) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: { buildDefinition: { buildType: 'https://example.com/build/v1' } }
  }
  const signed = await env.signer.signStatement(statement)
  const layer = attestationLayer(signed, statement.predicateType)
  const bundle = legacyAttestationBundle({
    annotations: layer.annotations,
    envelope: layer.bytes
  })
  assert.equal(bundle.mediaType, BUNDLE_V01_MEDIA_TYPE)
  assert.equal(bundle.dsseEnvelope?.payload, signed.bundle.dsseEnvelope?.payload)
  const kind = bundle.verificationMaterial.tlogEntries[0]?.kindVersion?.kind
  assert.ok(kind === 'dsse' || kind === 'intoto', `a DSSE entry kind, got ${kind}`)
  const verified = verifyBundle({ bundle, artifact: { digest: SUBJECT }, policy, trustedRoot })
  assert.equal(verified.kind, 'dsse')
  assert.equal(verified.predicateType, statement.predicateType)
  assert.equal(verified.identity, env.san)

  // Another image is not a subject of the statement.
  assertRejected(
    { bundle, artifact: { digest: `sha256:${'cd'.repeat(32)}` }, policy, trustedRoot },
    'VERIFICATION_FAILED',
    /the artifact sha256:(cd){32} is not a subject of the in-toto statement/
  )
  // A statement rewritten in the layer no longer matches the signature or the log entry.
  const rewritten = JSON.parse(layer.bytes.toString()) as { payload: string }
  rewritten.payload = Buffer.from(
    Buffer.from(rewritten.payload, 'base64').toString().replace('example.com', 'evil.test')
  ).toString('base64')
  assertRejected(
    {
      bundle: legacyAttestationBundle({
        annotations: layer.annotations,
        envelope: Buffer.from(JSON.stringify(rewritten))
      }),
      artifact: { digest: SUBJECT },
      policy,
      trustedRoot
    },
    'VERIFICATION_FAILED',
    /TLOG_BODY_ERROR: DSSE payload hash mismatch/
  )
})

test('legacy .sig signed with a key: a public-key bundle, refused without a log entry or timestamp as cosign does', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const signature = sign('sha256', payload, privateKey).toString('base64')
  const bundle = legacySignatureBundle({
    annotations: { 'dev.cosignproject.cosign/signature': signature },
    payload
  })
  assert.deepEqual(bundle.verificationMaterial.publicKey, { hint: '' })
  assert.deepEqual(bundle.verificationMaterial.tlogEntries, [])
  const key = publicKey.export({ type: 'spki', format: 'pem' }).toString()
  assertRejected(
    { bundle, artifact: { data: payload }, policy: { key } },
    'VERIFICATION_FAILED',
    /the bundle has no transparency log entry; verification requires one/
  )
})

test('legacy layers: each malformed annotation is refused naming it', () => {
  const good = { 'dev.cosignproject.cosign/signature': Buffer.from('sig').toString('base64') }
  const cases: [Record<string, string>, RegExp][] = [
    [{}, /dev\.cosignproject\.cosign\/signature is missing/],
    [{ 'dev.cosignproject.cosign/signature': 'not base64!' }, /signature is not base64/],
    [{ ...good, 'dev.sigstore.cosign/bundle': '{' }, /dev\.sigstore\.cosign\/bundle is not JSON/],
    [
      {
        ...good,
        'dev.sigstore.cosign/bundle':
          '{"SignedEntryTimestamp":"AA==","Payload":{"body":"e30=","integratedTime":1,"logIndex":2,"logID":"zz"}}'
      },
      /bundle has no Payload\.logID/
    ],
    [
      {
        ...good,
        'dev.sigstore.cosign/bundle': `{"SignedEntryTimestamp":"AA==","Payload":{"body":"e30=","integratedTime":1,"logIndex":2,"logID":"${'0'.repeat(64)}"}}`
      },
      /bundle has a Payload\.body that is not a Rekor entry/
    ],
    [
      { ...good, 'dev.sigstore.cosign/certificate': 'garbage' },
      /dev\.sigstore\.cosign\/certificate holds no PEM block/
    ],
    [
      {
        ...good,
        'dev.sigstore.cosign/certificate':
          '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'
      },
      /certificate certificate 0 does not parse/
    ],
    [
      { ...good, 'dev.sigstore.cosign/rfc3161timestamp': '{"SignedRFC3161Timestamp":5}' },
      /rfc3161timestamp has no base64 SignedRFC3161Timestamp/
    ]
  ]
  for (const [annotations, reason] of cases) {
    assert.throws(() => legacySignatureBundle({ annotations, payload }), isInvalidBundle(reason))
  }
  assert.throws(
    () =>
      legacyAttestationBundle({
        annotations: {},
        envelope: Buffer.from('{"payloadType":"x","payload":"e30=","signatures":[]}')
      }),
    isInvalidBundle(/DSSE envelope\) has 0 signatures/)
  )
})

test('simple-signing payload: the claims are read, and another digest or type is refused', () => {
  const claims = parseSimpleSigningPayload({ payload, subjectDigest: SUBJECT })
  assert.deepEqual(claims, {
    dockerReference: 'registry.test/app',
    digest: SUBJECT,
    type: 'cosign container image signature',
    optional: null
  })
  assert.throws(
    () => parseSimpleSigningPayload({ payload, subjectDigest: `sha256:${'cd'.repeat(32)}` }),
    rejection('VERIFICATION_FAILED', /is about sha256:abab.*not sha256:cdcd/)
  )
  const wrongType = Buffer.from(payload.toString().replace('cosign container image signature', 'x'))
  assert.throws(
    () => parseSimpleSigningPayload({ payload: wrongType }),
    isInvalidBundle(/critical\.type "x"/)
  )
  assert.throws(
    () => parseSimpleSigningPayload({ payload: Buffer.from('[]') }),
    isInvalidBundle(/no "critical" object/)
  )
})
