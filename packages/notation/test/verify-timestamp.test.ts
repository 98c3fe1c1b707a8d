// Step 6 (authentic timestamp) end to end: envelopes from our signer with RFC 3161 tokens from
// the test TSA injected as notation does, verified with and without a `tsa` trust store.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Tag } from 'cbor-x'
import {
  codeSigningExtensions,
  generateKeyPair,
  issueCertificate,
  type IssuedCertificate
} from '@sign/testenv'
import { decodeCbor, encodeCbor } from '../src/envelope/cbor.ts'
import { createEnvelope, parseEnvelope } from '../src/envelope/envelope.ts'
import { ENVELOPE_MEDIA_TYPE as MEDIA_TYPE, type EnvelopeFormat } from '../src/envelope/types.ts'
import { targetArtifactPayload } from '../src/payload/target-artifact.ts'
import { signRaw } from '../src/signer/raw-signature.ts'
import type { NotarySigner } from '../src/signer/signer.ts'
import type { RevocationChecker } from '../src/revocation/types.ts'
import type { NotationVerificationOutcome } from '../src/verify/types.ts'
import { verifyNotationSignature } from '../src/verify/verify-signature.ts'
import { createTestTsa, timestampToken, type TestTsa } from './timestamp-authority.ts'
import { statement, trustStores, type StatementOptions } from './verify-fixtures.ts'

const DESCRIPTOR = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'34'.repeat(32)}`,
  size: 77
}
const SUBJECT = 'CN=Timestamped,O=notation,ST=WA,C=US'
const GO_SUBJECT = SUBJECT
const HOUR = 3_600_000

const tsa = await createTestTsa()
const otherTsa = await createTestTsa()

/** A self-signed code-signing certificate valid from `notBefore` to `notAfter`. */
async function certificate(notBefore: Date, notAfter: Date): Promise<IssuedCertificate> {
  const key = await generateKeyPair({ kind: 'rsa', bits: 2048 })
  return issueCertificate({
    subject: SUBJECT,
    key,
    notBefore,
    notAfter,
    extensions: await codeSigningExtensions(key)
  })
}

/** Signs with `cert` at `signingTime` (no validity check: this is what a signer did back then). */
async function sign(cert: IssuedCertificate, format: EnvelopeFormat, signingTime: Date) {
  const signer: NotarySigner = {
    algorithm: 'PS256',
    certificateChain: [cert.der],
    sign: data =>
      Promise.resolve(signRaw({ algorithm: 'PS256', privateKey: cert.key.privateKey, data }))
  }
  const { bytes } = await createEnvelope({
    format,
    payload: targetArtifactPayload({ descriptor: DESCRIPTOR }),
    signer,
    signingTime
  })
  return bytes
}

/** The envelope's raw signature (what a timestamp stamps). */
const signatureOf = (envelope: Buffer, format: EnvelopeFormat): Buffer =>
  parseEnvelope(envelope, MEDIA_TYPE[format]).signature

/** Adds `io.cncf.notary.timestampSignature` to the unprotected header, as notation does. */
function withToken(envelope: Buffer, format: EnvelopeFormat, token: Buffer): Buffer {
  if (format === 'jws') {
    const parsed = JSON.parse(envelope.toString()) as { header: Record<string, unknown> }
    parsed.header['io.cncf.notary.timestampSignature'] = token.toString('base64')
    return Buffer.from(JSON.stringify(parsed))
  }
  const parts = (decodeCbor(envelope) as Tag).value as unknown[]
  ;(parts[1] as Map<unknown, unknown>).set('io.cncf.notary.timestampSignature', token)
  return encodeCbor(new Tag(parts, 18))
}

async function stamped(
  cert: IssuedCertificate,
  format: EnvelopeFormat,
  signingTime: Date,
  genTime: Date,
  authority: TestTsa = tsa
): Promise<Buffer> {
  const envelope = await sign(cert, format, signingTime)
  const token = timestampToken({ tsa: authority, message: signatureOf(envelope, format), genTime })
  return withToken(envelope, format, token)
}

function verify(
  envelope: Buffer,
  format: EnvelopeFormat,
  cert: IssuedCertificate,
  policy: Partial<StatementOptions> = {}
): Promise<NotationVerificationOutcome> {
  return verifyNotationSignature({
    envelope,
    envelopeMediaType: MEDIA_TYPE[format],
    statement: statement({ level: 'strict', trustStores: ['ca:signer', 'tsa:test'], ...policy }),
    trustStores: trustStores({ 'ca:signer': [cert.der], 'tsa:test': [tsa.root.der] }),
    target: { kind: 'oci', descriptor: DESCRIPTOR }
  })
}

const now = Date.now()
const seconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000)

for (const format of ['jws', 'cose'] as const) {
  const F = format.toUpperCase()

  test(`${F}: a timestamped signature verifies with a tsa store, and reports the timestamp`, async () => {
    const cert = await certificate(new Date(now - HOUR), new Date(now + HOUR))
    const signingTime = seconds(now - 60_000)
    const envelope = await stamped(cert, format, signingTime, seconds(now - 30_000))
    const outcome = await verify(envelope, format, cert)
    assert.equal(outcome.verified, true, outcome.failure?.message)
    assert.deepEqual(outcome.timestamp, {
      genTime: seconds(now - 30_000),
      tsa: 'CN=Test TSA,O=sign tests,C=US'
    })
    assert.ok(
      outcome.warnings.includes(
        'timestamping certificate chain revocation was not checked: no revocation checker was given'
      )
    )
  })

  test(`${F}: an expired certificate is accepted when the timestamp lies within its validity`, async () => {
    const cert = await certificate(new Date(now - 10 * HOUR), new Date(now - 5 * HOUR))
    const envelope = await stamped(
      cert,
      format,
      seconds(now - 8 * HOUR),
      seconds(now - 8 * HOUR + 5000)
    )
    const always = await verify(envelope, format, cert)
    assert.equal(always.verified, true, always.failure?.message)
    const afterExpiry = await verify(envelope, format, cert, { verifyTimestamp: 'afterCertExpiry' })
    assert.equal(afterExpiry.verified, true, afterExpiry.failure?.message)
    assert.ok(afterExpiry.timestamp, 'afterCertExpiry checks the timestamp once the chain expired')
    // Without a tsa store the chain must be valid now.
    const noTsa = await verify(envelope, format, cert, { trustStores: ['ca:signer'] })
    assert.equal(noTsa.failure?.type, 'authenticTimestamp')
    assert.match(
      noTsa.failure.message,
      new RegExp(
        `^verification time is after certificate "${GO_SUBJECT}" validity period, it was expired at "\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000"$`
      )
    )
    const permissive = await verify(envelope, format, cert, {
      level: 'permissive',
      trustStores: ['ca:signer']
    })
    assert.equal(permissive.verified, true)
    assert.match(
      permissive.warnings[0] ?? '',
      /^authenticTimestamp was set to "log" and failed with error: verification time is after certificate/
    )
  })

  test(`${F}: a timestamp before the certificate's notBefore fails`, async () => {
    const notBefore = new Date('2099-09-18T11:54:34Z')
    const cert = await certificate(notBefore, new Date('2100-09-18T11:54:34Z'))
    const envelope = await stamped(cert, format, seconds(now - 60_000), seconds(now))
    const outcome = await verify(envelope, format, cert)
    assert.deepEqual(outcome.failure, {
      type: 'authenticTimestamp',
      message: `timestamp can be before certificate "${GO_SUBJECT}" validity period, it will be valid from "Fri, 18 Sep 2099 11:54:34 +0000"`
    })
  })

  test(`${F}: a timestamp after the certificate's notAfter fails`, async () => {
    const cert = await certificate(
      new Date('2000-09-18T11:54:34Z'),
      new Date('2001-09-18T11:54:34Z')
    )
    const envelope = await stamped(cert, format, new Date('2001-01-01T00:00:00Z'), seconds(now))
    const outcome = await verify(envelope, format, cert)
    assert.deepEqual(outcome.failure, {
      type: 'authenticTimestamp',
      message: `timestamp can be after certificate "${GO_SUBJECT}" validity period, it was expired at "Tue, 18 Sep 2001 11:54:34 +0000"`
    })
  })
}

test('no token while a tsa store requires one: no timestamp countersignature was found', async () => {
  const cert = await certificate(new Date(now - HOUR), new Date(now + HOUR))
  const envelope = await sign(cert, 'jws', seconds(now - 60_000))
  const outcome = await verify(envelope, 'jws', cert)
  assert.deepEqual(outcome.failure, {
    type: 'authenticTimestamp',
    message: 'no timestamp countersignature was found in the signature envelope'
  })
  // afterCertExpiry with a valid chain does not need the token.
  const after = await verify(envelope, 'jws', cert, { verifyTimestamp: 'afterCertExpiry' })
  assert.equal(after.verified, true, after.failure?.message)
  assert.equal(after.timestamp, undefined)
})

test("a token from an untrusted TSA, or over other bytes, fails with notation's messages", async () => {
  const cert = await certificate(new Date(now - HOUR), new Date(now + HOUR))
  const untrusted = await stamped(
    cert,
    'cose',
    seconds(now - 60_000),
    seconds(now - 1000),
    otherTsa
  )
  assert.equal(
    (await verify(untrusted, 'cose', cert)).failure?.message,
    'failed to verify the timestamp countersignature with error: failed to verify signed token: cms verification failure: x509: certificate signed by unknown authority'
  )
  const envelope = await sign(cert, 'jws', seconds(now - 60_000))
  const elsewhere = withToken(
    envelope,
    'jws',
    timestampToken({ tsa, message: Buffer.from('other'), genTime: seconds(now) })
  )
  assert.equal(
    (await verify(elsewhere, 'jws', cert)).failure?.message,
    'failed to get timestamp from timestamp countersignature with error: invalid TSTInfo: mismatched message'
  )
  const garbage = withToken(envelope, 'jws', Buffer.from('invalid\n'))
  assert.match(
    (await verify(garbage, 'jws', cert)).failure?.message ?? '',
    /^failed to parse timestamp countersignature with error: cms: syntax error/
  )
})

test('a timestamp before the signing time is not bounded after it', async () => {
  const cert = await certificate(new Date(now - HOUR), new Date(now + HOUR))
  const envelope = await stamped(
    cert,
    'jws',
    new Date('2030-11-10T23:00:00Z'),
    new Date('2026-01-01T00:00:00Z')
  )
  const outcome = await verify(envelope, 'jws', cert, { override: { expiry: 'log' } })
  assert.equal(
    outcome.failure?.message,
    'timestamp [2026-01-01T00:00:00Z, 2026-01-01T00:00:00Z] is not bounded after the signing time "2030-11-10 23:00:00 +0000 UTC"'
  )
})

test('a missing or empty tsa store fails the step', async () => {
  const cert = await certificate(new Date(now - HOUR), new Date(now + HOUR))
  const envelope = await stamped(cert, 'jws', seconds(now - 60_000), seconds(now - 1000))
  const run = (stores: Record<string, Buffer[]>) =>
    verifyNotationSignature({
      envelope,
      envelopeMediaType: MEDIA_TYPE.jws,
      statement: statement({ level: 'strict', trustStores: ['ca:signer', 'tsa:test'] }),
      trustStores: trustStores({ 'ca:signer': [cert.der], ...stores }),
      target: { kind: 'oci', descriptor: DESCRIPTOR }
    })
  assert.equal(
    (await run({})).failure?.message,
    'failed to load tsa trust store with error: trust store tsa:test does not exist'
  )
  assert.equal(
    (await run({ 'tsa:test': [] })).failure?.message,
    'no trusted TSA certificate found in trust store'
  )
})

test('the TSA chain is checked for revocation in step 6, enforced even when revocation is logged', async () => {
  const cert = await certificate(new Date(now - HOUR), new Date(now + HOUR))
  const envelope = await stamped(cert, 'jws', seconds(now - 60_000), seconds(now - 1000))
  const asked: string[][] = []
  const revocation: RevocationChecker = {
    check: ({ chain }) => {
      asked.push(chain.map(c => c.subject.split('\n')[0] ?? ''))
      const tsaChain = chain[0]?.subject.includes('Test TSA') === true
      return Promise.resolve(
        chain.slice(0, -1).map(c => ({
          subject: c.subject,
          status: tsaChain ? ('revoked' as const) : ('good' as const)
        }))
      )
    }
  }
  const outcome = await verifyNotationSignature({
    envelope,
    envelopeMediaType: MEDIA_TYPE.jws,
    statement: statement({
      level: 'strict',
      trustStores: ['ca:signer', 'tsa:test'],
      override: { revocation: 'log' }
    }),
    trustStores: trustStores({ 'ca:signer': [cert.der], 'tsa:test': [tsa.root.der] }),
    target: { kind: 'oci', descriptor: DESCRIPTOR },
    revocation
  })
  assert.deepEqual(outcome.failure, {
    type: 'authenticTimestamp',
    message: 'timestamping certificate with subject "CN=Test TSA,O=sign tests,C=US" is revoked'
  })
  assert.deepEqual(asked, [['CN=Test TSA', 'CN=Test TSA Root']])
})
