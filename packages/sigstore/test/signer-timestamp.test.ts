import { test } from 'node:test'
import assert from 'node:assert/strict'
import { VerificationError, toSignedEntity } from '@sigstore/verify'
import { createBundleSigner, resolveInstance } from '../src/index.ts'
import {
  POLICY,
  SAN,
  artifact,
  parsed,
  startServices,
  statementAbout,
  tokens,
  verifierFor
} from './signer-fixtures.ts'

test('signer: with a TSA each bundle carries an RFC 3161 timestamp that verifies on its own', async t => {
  const { oidc, stack } = await startServices(t)
  const instance = resolveInstance({
    fulcioUrl: stack.fulcioUrl,
    rekorUrl: stack.rekorUrl,
    tsaUrl: stack.tsaUrl
  })
  const signer = createBundleSigner({ instance, identityProvider: tokens(oidc) })
  const { data, digest } = artifact()
  const [message, envelope] = await Promise.all([
    signer.signDigest({ algorithm: 'sha256', digest }),
    signer.signStatement(statementAbout('app.tgz', digest))
  ])
  assert.deepEqual(signer.stats(), { fulcio: 1, rekor: 2, tsa: 2 })
  assert.equal(stack.requests.tsa, 2)

  const verifier = await verifierFor(stack)
  // Without the log entry only the TSA's timestamp can prove when the certificate was valid.
  const timestampOnly = await verifierFor(stack, { tlogThreshold: 0 })
  for (const [signed, payload] of [
    [message, data],
    [envelope, undefined]
  ] as const) {
    const bundle = parsed(signed)
    assert.equal(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length, 1)
    assert.equal(
      verifier.verify(toSignedEntity(bundle, payload), POLICY).identity?.subjectAlternativeName,
      SAN
    )
    bundle.verificationMaterial.tlogEntries = []
    timestampOnly.verify(toSignedEntity(bundle, payload), POLICY)
  }
})

test('signer: Rekor v2 and the TSA, chosen by the signing config, give bundles that verify', async t => {
  const { oidc, stack } = await startServices(t, { signingConfigRekorVersion: 2 })
  const instance = resolveInstance({ signingConfig: stack.signingConfigPath })
  assert.equal(instance.rekorVersion, 2)
  const signer = createBundleSigner({ instance, identityProvider: tokens(oidc) })
  const { data, digest } = artifact()
  const [message, envelope] = await Promise.all([
    signer.signDigest({ algorithm: 'sha256', digest }),
    signer.signStatement(statementAbout('app.tgz', digest))
  ])
  assert.deepEqual(signer.stats(), { fulcio: 1, rekor: 2, tsa: 2 })

  const verifier = await verifierFor(stack)
  for (const [signed, payload, kind] of [
    [message, data, 'hashedrekord'],
    [envelope, undefined, 'hashedrekord']
  ] as const) {
    const bundle = parsed(signed)
    const [entry] = bundle.verificationMaterial.tlogEntries
    assert.deepEqual(entry?.kindVersion, { kind, version: '0.0.2' })
    assert.equal(entry.inclusionPromise, undefined, 'Rekor v2 gives no signed entry timestamp')
    assert.deepEqual(signed.tlogEntry, { logIndex: entry.logIndex }, 'no v1 entry URL or time')
    assert.equal(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length, 1)
    assert.equal(
      verifier.verify(toSignedEntity(bundle, payload), POLICY).identity?.subjectAlternativeName,
      SAN
    )
  }
})

test('signer: tlogUpload false with a TSA writes no log entry, and verifies without one', async t => {
  const { oidc, stack } = await startServices(t)
  const instance = resolveInstance({ signingConfig: stack.signingConfigPath, tlogUpload: false })
  assert.equal(instance.rekorUrl, undefined)
  const signer = createBundleSigner({ instance, identityProvider: tokens(oidc) })
  const { data, digest } = artifact()
  const signed = await signer.signDigest({ algorithm: 'sha256', digest })

  assert.equal(signed.tlogEntry, undefined)
  assert.equal(signed.bundle.verificationMaterial.tlogEntries, undefined, 'no tlogEntries key')
  assert.deepEqual(signer.stats(), { fulcio: 1, rekor: 0, tsa: 1 })
  assert.equal(stack.requests.rekor, 0)
  const entity = () => toSignedEntity(parsed(signed), data)
  const timestampOnly = await verifierFor(stack, { tlogThreshold: 0 })
  assert.equal(timestampOnly.verify(entity(), POLICY).identity?.subjectAlternativeName, SAN)
  // A verifier that requires a log entry (the default) refuses it.
  const verifier = await verifierFor(stack)
  assert.throws(
    () => verifier.verify(entity(), POLICY),
    (error: unknown) =>
      error instanceof VerificationError &&
      error.code === 'TLOG_ERROR' &&
      error.message === 'expected 1 tlog entries, got 0'
  )
})
