// notation's own signatures through verifyNotationSignature, each with the outcome and reason
// notation-go's tests expect (notary.md §5.1, §5.2). Vectors are vendored in test/vectors (see
// SOURCES.md).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseEnvelope } from '../src/envelope/envelope.ts'
import type { ValidationType } from '../src/trust-policy/types.ts'
import type { NotationVerificationOutcome } from '../src/verify/types.ts'
import { verifyNotationSignature } from '../src/verify/verify-signature.ts'
import {
  E2E,
  NOTATION_GO,
  TRUSTSTORE,
  e2eLayout,
  statement,
  trustStores,
  type StatementOptions
} from './verify-fixtures.ts'

const MOCK = join(NOTATION_GO, 'internal/mock/testdata')
const JWS = 'application/jose+json'
const COSE = 'application/cose'
const MOCK_DESCRIPTOR = {
  mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
  digest: 'sha256:60043cf45eaebc4c0867fea485a039b598f52fd09fd5b07b0b2d2f88fad9d74e',
  size: 528
}
const ROOT_IDENTITY = 'CN=Notation Test Root,O=Notary,L=Seattle,ST=WA,C=US'
const stores = trustStores({
  'ca:valid-trust-store': [join(TRUSTSTORE, 'ca/valid-trust-store/NotationTestRoot.pem')],
  'signingAuthority:valid-trust-store': [
    join(TRUSTSTORE, 'signingAuthority/valid-trust-store/NotationTestRoot.pem')
  ],
  'ca:valid-trust-store-2': [join(TRUSTSTORE, 'ca/valid-trust-store-2/GlobalSignRootCA.crt')]
})

const mockEnvelope = (name: string) => readFileSync(join(MOCK, name))

async function verifyMock(
  file: string,
  level: StatementOptions['level'],
  scheme: 'ca' | 'signingAuthority' = 'ca',
  extra: Partial<StatementOptions> = {}
): Promise<NotationVerificationOutcome> {
  return verifyNotationSignature({
    envelope: mockEnvelope(file),
    envelopeMediaType: JWS,
    statement: statement({
      level,
      trustStores: level === 'skip' ? [] : [`${scheme}:valid-trust-store`],
      identities: level === 'skip' ? [] : [ROOT_IDENTITY],
      ...extra
    }),
    trustStores: stores,
    target: { kind: 'oci', descriptor: MOCK_DESCRIPTOR }
  })
}

const failedWith = (outcome: NotationVerificationOutcome, type: ValidationType | 'payload') => {
  assert.equal(outcome.verified, false)
  assert.equal(outcome.failure?.type, type)
  return outcome.failure.message
}

for (const scheme of ['ca', 'signingAuthority'] as const) {
  const prefix = scheme === 'ca' ? 'ca' : 'sa'
  for (const level of ['strict', 'permissive', 'audit'] as const) {
    test(`${prefix}_valid_sig_env verifies at ${level}`, async () => {
      const outcome = await verifyMock(`${prefix}_valid_sig_env.json`, level, scheme)
      assert.equal(outcome.verified, true, outcome.failure?.message)
      assert.deepEqual(outcome.warnings, [
        'revocation was not checked: no revocation checker was given'
      ])
      assert.deepEqual(
        outcome.results.map(r => [r.type, r.ok]),
        [
          ['integrity', true],
          ['authenticity', true],
          ['expiry', true],
          ['authenticTimestamp', true],
          ['revocation', true]
        ]
      )
      // The mock chain's leaf carries the same subject as its root.
      assert.equal(outcome.signer?.subject, ROOT_IDENTITY)
      assert.equal(
        outcome.signingScheme,
        scheme === 'ca' ? 'notary.x509' : 'notary.x509.signingAuthority'
      )
      assert.equal(outcome.signingTime?.toISOString(), '2020-11-09T07:00:00.000Z')
      assert.equal(outcome.signer?.sha256Fingerprints.length, 2)
    })

    test(`${prefix}_invalid_sig_env fails integrity at ${level}`, async () => {
      const outcome = await verifyMock(`${prefix}_invalid_sig_env.json`, level, scheme)
      // Its payload is base64url with padding, which JWS does not allow.
      assert.match(
        failedWith(outcome, 'integrity'),
        /^unable to parse the digital signature, error : the JWS signature envelope has no base64url payload or protected header/
      )
      assert.deepEqual(
        outcome.results.map(r => r.type),
        ['integrity']
      )
    })

    test(`${prefix}_expired_sig_env at ${level}`, async () => {
      const outcome = await verifyMock(`${prefix}_expired_sig_env.json`, level, scheme)
      const expected = 'digital signature has expired on "Fri, 29 Jul 2022 23:59:00 +0000"'
      if (level === 'strict') {
        assert.equal(failedWith(outcome, 'expiry'), expected)
      } else {
        assert.equal(outcome.verified, true, outcome.failure?.message)
        assert.ok(
          outcome.warnings.includes(`expiry was set to "log" and failed with error: ${expected}`),
          outcome.warnings.join('\n')
        )
      }
    })
  }

  test(`${prefix}_* at skip verify without parsing`, async () => {
    for (const kind of ['valid', 'invalid', 'expired']) {
      const outcome = await verifyMock(`${prefix}_${kind}_sig_env.json`, 'skip', scheme)
      assert.equal(outcome.verified, true)
      assert.deepEqual(outcome.results, [])
      assert.equal(outcome.signer, undefined)
      assert.match(outcome.warnings[0] ?? '', /skipped/)
    }
  })

  test(`${prefix}_plugin_sig_env is inconclusive`, async () => {
    const outcome = await verifyMock(`${prefix}_plugin_sig_env.json`, 'strict', scheme)
    assert.equal(outcome.verified, false)
    assert.equal(outcome.failure?.type, 'verificationPlugin')
    assert.match(outcome.failure.message, /inconclusive/)
    assert.match(outcome.failure?.message ?? '', /requires the verification plugin "plugin-name"/)
    assert.match(outcome.failure?.message ?? '', /runs no plugins/)
    assert.deepEqual(
      outcome.results.map(r => [r.type, r.ok]),
      [['integrity', true]]
    )
  })
}

test('signingAuthority envelopes are not trusted through a ca store', async () => {
  const outcome = await verifyNotationSignature({
    envelope: mockEnvelope('sa_valid_sig_env.json'),
    envelopeMediaType: JWS,
    statement: statement({
      level: 'strict',
      trustStores: ['ca:valid-trust-store'],
      identities: '*'
    }),
    trustStores: stores,
    target: { kind: 'oci', descriptor: MOCK_DESCRIPTOR }
  })
  assert.match(failedWith(outcome, 'authenticity'), /no trusted certificates are found/)
})

test('ca_valid_sig_env against GlobalSign only (valid-trust-store-2) fails authenticity', async () => {
  const outcome = await verifyMock('ca_valid_sig_env.json', 'strict', 'ca', {
    trustStores: ['ca:valid-trust-store-2']
  })
  assert.equal(
    failedWith(outcome, 'authenticity'),
    "the signature's certificate chain does not contain any trusted certificate"
  )
})

test('ca_valid_sig_env with a non-matching identity fails, and is logged at audit', async () => {
  const other = 'CN=Someone Else,O=Notary,L=Seattle,ST=WA,C=US'
  const strict = await verifyMock('ca_valid_sig_env.json', 'strict', 'ca', {
    identities: [other]
  })
  assert.match(
    failedWith(strict, 'authenticity'),
    /^signing certificate from the digital signature does not match the X.509 trusted identities/
  )
  const subset = await verifyMock('ca_valid_sig_env.json', 'strict', 'ca', {
    identities: ['O=Notary,ST=WA,C=US']
  })
  assert.equal(subset.verified, true, subset.failure?.message)
  const audit = await verifyMock('ca_valid_sig_env.json', 'audit', 'ca', { identities: [other] })
  assert.equal(audit.verified, true)
  assert.match(
    audit.warnings[0] ?? '',
    /^authenticity was set to "log" and failed with error: signing certificate/
  )
})

test('ca_valid_sig_env against another descriptor: content descriptor mismatch', async () => {
  const outcome = await verifyNotationSignature({
    envelope: mockEnvelope('ca_valid_sig_env.json'),
    envelopeMediaType: JWS,
    statement: statement({ level: 'strict', trustStores: ['ca:valid-trust-store'] }),
    trustStores: stores,
    target: { kind: 'oci', descriptor: { ...MOCK_DESCRIPTOR, size: 529 } }
  })
  assert.equal(failedWith(outcome, 'payload'), 'content descriptor mismatch')
})

test('sig_env_with_metadata: user metadata match and mismatch at audit', async () => {
  const verify = (userMetadata: Record<string, string>) =>
    verifyNotationSignature({
      envelope: mockEnvelope('sig_env_with_metadata.json'),
      envelopeMediaType: JWS,
      statement: statement({ level: 'audit', trustStores: ['ca:valid-trust-store'] }),
      trustStores: stores,
      target: {
        kind: 'oci',
        descriptor: {
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          digest: 'sha256:5a07385af4e6b6af81b0ebfd435aedccdfa3507f0609c658209e1aba57159b2b',
          size: 942
        }
      },
      userMetadata
    })
  const match = await verify({ 'io.wabbit-networks.buildId': '123' })
  assert.equal(match.verified, true, match.failure?.message)
  assert.equal(match.payload?.annotations?.['io.wabbit-networks.buildTime'], '1672944615')
  // The certificate was valid only on 2023-01-11: logged at audit, as notation does.
  assert.ok(
    match.warnings.some(w =>
      w.startsWith(
        'authenticTimestamp was set to "log" and failed with error: verification time is after certificate'
      )
    ),
    match.warnings.join('\n')
  )
  const mismatch = await verify({ 'io.wabbit-networks.buildId': '321' })
  assert.equal(mismatch.verified, false)
  assert.deepEqual(mismatch.failure, {
    type: 'userMetadata',
    message: 'unable to find specified metadata in the signature'
  })
  const absent = await verify({ 'io.wabbit-networks.other': '123' })
  assert.equal(absent.failure?.type, 'userMetadata')
})

const TESTDATA = join(NOTATION_GO, 'internal/testdata')
const ALPINE_DESCRIPTOR = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: 'sha256:19dbd2e48e921426ee8ace4dc892edfb2ecdc1d1a72d5416c83670c30acecef0',
  size: 481
}

for (const [file, mediaType] of [
  ['jws_signature.sig', JWS],
  ['cose_signature.sig', COSE]
] as const) {
  test(`notation-go ${file} verifies when its own certificate is trusted`, async () => {
    const envelope = readFileSync(join(TESTDATA, file))
    // Trust the x5c certificate itself, as notation-go's test does.
    const [leaf] = parseEnvelope(envelope, mediaType).certificateChain
    const outcome = await verifyNotationSignature({
      envelope,
      envelopeMediaType: mediaType,
      statement: statement({ level: 'strict', trustStores: ['ca:alpine'] }),
      trustStores: trustStores({ 'ca:alpine': [leaf as Buffer] }),
      target: { kind: 'oci', descriptor: ALPINE_DESCRIPTOR }
    })
    assert.equal(outcome.verified, true, outcome.failure?.message)
    assert.equal(outcome.signer?.subject, 'CN=alpine,O=Notary,L=Seattle,ST=WA,C=US')
    assert.deepEqual(outcome.payload, ALPINE_DESCRIPTOR)
    const wrong = await verifyNotationSignature({
      envelope,
      envelopeMediaType: mediaType,
      statement: statement({ level: 'strict', trustStores: ['ca:alpine'] }),
      trustStores: trustStores({ 'ca:alpine': [leaf as Buffer] }),
      target: {
        kind: 'oci',
        descriptor: { ...ALPINE_DESCRIPTOR, mediaType: 'application/vnd.oci.image.index.v1+json' }
      }
    })
    assert.equal(failedWith(wrong, 'payload'), 'content descriptor mismatch')
  })
}

const LOCALKEYS = join(E2E, 'config/localkeys')
const e2eStores = trustStores({
  'ca:e2e': [join(LOCALKEYS, 'e2e.crt')],
  'ca:new-e2e': [join(LOCALKEYS, 'new_e2e.crt')]
})

async function verifyE2e(layout: string, options: StatementOptions) {
  const { subject, signatures } = e2eLayout(layout)
  assert.ok(signatures.length > 0, `${layout} has a signature`)
  return Promise.all(
    signatures.map(signature =>
      verifyNotationSignature({
        envelope: signature.bytes,
        envelopeMediaType: signature.mediaType,
        statement: statement(options),
        trustStores: e2eStores,
        target: { kind: 'oci', descriptor: subject }
      })
    )
  )
}

test('e2e-valid-signature verifies with e2e.crt, fails authenticity with new_e2e.crt', async () => {
  const [valid] = await verifyE2e('e2e-valid-signature', {
    level: 'strict',
    trustStores: ['ca:e2e']
  })
  assert.equal(valid?.verified, true, valid?.failure?.message)
  assert.equal(valid.signer?.subject, 'CN=e2e,O=Notary,L=Seattle,ST=WA,C=US')
  assert.match(valid.signer?.sha256Fingerprints[0] ?? '', /^e38aea13/)
  assert.equal(valid.signingTime?.toISOString(), '2023-06-27T05:30:33.000Z')
  const [untrusted] = await verifyE2e('e2e-valid-signature', {
    level: 'strict',
    trustStores: ['ca:new-e2e']
  })
  assert.equal(
    untrusted && failedWith(untrusted, 'authenticity'),
    "the signature's certificate chain does not contain any trusted certificate"
  )
})

test('e2e-expired-signature: strict fails expiry, permissive and audit warn', async () => {
  const expected = 'digital signature has expired on "Tue, 27 Jun 2023 13:21:21 +0800"'
  const [strict] = await verifyE2e('e2e-expired-signature', {
    level: 'strict',
    trustStores: ['ca:e2e']
  })
  assert.equal(strict && failedWith(strict, 'expiry'), expected)
  for (const level of ['permissive', 'audit'] as const) {
    const [outcome] = await verifyE2e('e2e-expired-signature', { level, trustStores: ['ca:e2e'] })
    assert.equal(outcome?.verified, true, outcome?.failure?.message)
    assert.ok(
      outcome.warnings.includes(`expiry was set to "log" and failed with error: ${expected}`)
    )
  }
  const [overridden] = await verifyE2e('e2e-expired-signature', {
    level: 'strict',
    trustStores: ['ca:e2e'],
    override: { expiry: 'log' }
  })
  assert.equal(overridden?.verified, true)
})

test('e2e-invalid-signature fails integrity at every level but skip', async () => {
  const { subject } = e2eLayout('e2e-invalid-signature')
  const root = join(E2E, 'oci_layout/e2e-invalid-signature')
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as {
    manifests: { digest: string }[]
  }
  // Its signature manifest's single layer is a tar layer holding "invalid signature".
  const manifest = index.manifests
    .map(
      m =>
        JSON.parse(readFileSync(join(root, 'blobs', ...m.digest.split(':')), 'utf8')) as {
          subject?: { digest: string }
          layers?: { digest: string; mediaType: string }[]
        }
    )
    .find(m => m.subject?.digest === subject.digest)
  const layer = manifest?.layers?.[0]
  assert.ok(layer)
  const envelope = readFileSync(join(root, 'blobs', ...layer.digest.split(':')))
  for (const level of ['strict', 'permissive', 'audit', 'skip'] as const) {
    const outcome = await verifyNotationSignature({
      envelope,
      envelopeMediaType: layer.mediaType,
      statement: statement({ level, trustStores: level === 'skip' ? [] : ['ca:e2e'] }),
      trustStores: e2eStores,
      target: { kind: 'oci', descriptor: subject }
    })
    if (level === 'skip') {
      assert.equal(outcome.verified, true)
    } else {
      assert.match(
        failedWith(outcome, 'integrity'),
        /unable to parse the digital signature.*media type "application\/vnd\.oci\.image\.layer\.v1\.tar"/
      )
    }
  }
})
