// verifyTimestampToken over tokens from the test TSA, each breaking one thing.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import { NotationError } from '../src/errors.ts'
import { verifyTimestampToken } from '../src/timestamp/verify-token.ts'
import { createTestTsa, timestampToken, TIMESTAMP_OIDS } from './timestamp-authority.ts'

const tsa = await createTestTsa()
const roots = [new X509Certificate(tsa.root.der)]
const message = Buffer.from('the raw signature bytes of an envelope')
const genTime = new Date('2026-03-01T12:00:00Z')

async function rejectsWith(promise: Promise<unknown>, expected: string | RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof NotationError, String(error))
    assert.equal(error.code, 'VERIFICATION_FAILED')
    if (typeof expected === 'string') assert.equal(error.message, expected)
    else assert.match(error.message, expected)
    return true
  })
}

test('a valid token gives genTime, accuracy, the TSA subject and chain', async () => {
  const token = timestampToken({ tsa, message, genTime, accuracy: { seconds: 1, millis: 500 } })
  const verified = await verifyTimestampToken({ token, message, roots })
  assert.equal(verified.genTime.toISOString(), genTime.toISOString())
  assert.equal(verified.accuracyMs, 1500)
  assert.equal(verified.tsaSubject, 'CN=Test TSA,O=sign tests,C=US')
  assert.deepEqual(
    verified.tsaChain.map(cert => cert.raw),
    [tsa.signer.der, tsa.root.der]
  )
})

test('the ETSI baseline policy without accuracy means ±1 s; otherwise no accuracy is 0', async () => {
  const baseline = timestampToken({ tsa, message, genTime, policy: TIMESTAMP_OIDS.baselinePolicy })
  assert.equal((await verifyTimestampToken({ token: baseline, message, roots })).accuracyMs, 1000)
  const other = timestampToken({ tsa, message, genTime })
  assert.equal((await verifyTimestampToken({ token: other, message, roots })).accuracyMs, 0)
})

test('a token over other bytes: invalid TSTInfo: mismatched message', async () => {
  const token = timestampToken({ tsa, message: Buffer.from('something else'), genTime })
  await rejectsWith(
    verifyTimestampToken({ token, message, roots }),
    'failed to get timestamp from timestamp countersignature with error: invalid TSTInfo: mismatched message'
  )
})

test('content type other than id-ct-TSTInfo is rejected', async () => {
  const token = timestampToken({ tsa, message, genTime, contentType: TIMESTAMP_OIDS.data })
  await rejectsWith(
    verifyTimestampToken({ token, message, roots }),
    'failed to parse timestamp countersignature with error: unexpected content type: 1.2.840.113549.1.7.1. Expected to be id-ct-TSTInfo (1.2.840.113549.1.9.16.1.4)'
  )
})

test('a token without certificates: signing certificate not found', async () => {
  const token = timestampToken({ tsa, message, genTime, withoutCertificates: true })
  await rejectsWith(
    verifyTimestampToken({ token, message, roots }),
    'failed to verify the timestamp countersignature with error: failed to verify signed token: signing certificate not found in the timestamp token'
  )
})

test('a TSA that chains to no trusted root: certificate signed by unknown authority', async () => {
  const other = await createTestTsa()
  const token = timestampToken({ tsa, message, genTime })
  await rejectsWith(
    verifyTimestampToken({ token, message, roots: [new X509Certificate(other.root.der)] }),
    'failed to verify the timestamp countersignature with error: failed to verify signed token: cms verification failure: x509: certificate signed by unknown authority'
  )
})

test('a tampered CMS signature is rejected', async () => {
  const token = timestampToken({ tsa, message, genTime, tamperSignature: true })
  await rejectsWith(
    verifyTimestampToken({ token, message, roots }),
    /failed to verify signed token: cms verification failure: the signature does not verify/
  )
})

test('an ESS signing-certificate hash of another certificate is rejected', async () => {
  const token = timestampToken({ tsa, message, genTime, wrongEssCertHash: true })
  await rejectsWith(
    verifyTimestampToken({ token, message, roots }),
    /signing certificate hash does not match CertHash in signed attribute/
  )
})

test('the TSA certificate must have only a critical timeStamping EKU', async () => {
  const notCritical = await createTestTsa({
    extendedKeyUsage: { usages: ['1.3.6.1.5.5.7.3.8'], critical: false }
  })
  await rejectsWith(
    verifyTimestampToken({
      token: timestampToken({ tsa: notCritical, message, genTime }),
      message,
      roots: [new X509Certificate(notCritical.root.der)]
    }),
    /signing certificate extended key usage extension must be set as critical/
  )
  const codeSigning = await createTestTsa({
    extendedKeyUsage: { usages: ['1.3.6.1.5.5.7.3.3'], critical: true }
  })
  await rejectsWith(
    verifyTimestampToken({
      token: timestampToken({ tsa: codeSigning, message, genTime }),
      message,
      roots: [new X509Certificate(codeSigning.root.der)]
    }),
    /signing certificate must have and only have ExtKeyUsageTimeStamping as extended key usage/
  )
})

test('the TSA certificate must be valid at genTime', async () => {
  const token = timestampToken({ tsa, message, genTime: new Date('2099-06-01T00:00:00Z') })
  await rejectsWith(
    verifyTimestampToken({ token, message, roots }),
    /x509: certificate has expired or is not yet valid: current time 2099-06-01T00:00:00Z is after 2099-01-01T00:00:00Z/
  )
})

test('bytes that are not CMS, and a TSTInfo that is not one, are rejected', async () => {
  await rejectsWith(
    verifyTimestampToken({ token: Buffer.from('invalid\n'), message, roots }),
    /^failed to parse timestamp countersignature with error: cms: syntax error/
  )
  const token = timestampToken({
    tsa,
    message,
    genTime,
    tstInfo: Buffer.from([0x30, 0x03, 0x02, 0x01, 0x01])
  })
  await rejectsWith(
    verifyTimestampToken({ token, message, roots }),
    /^failed to get the timestamp TSTInfo with error: cannot unmarshal TSTInfo from timestamp token/
  )
})
