// What verifyBundle reuses between bundles (the trust material of a root, and what a signing
// certificate's chain and SCTs conclude) never lets a bundle pass that would fail on its own:
// bundles sharing one certificate are each checked at their own times, with their own
// signatures, log entries and timestamps, and a root changed in place is a new root.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { startOidcIssuer, startSigstoreStack } from '@sign/testenv'
import { createBundleSigner } from '../src/signer/create-bundle-signer.ts'
import { verifyBundle } from '../src/verify/index.ts'
import type { TrustedRootJSON, VerifyPolicy } from '../src/verify/index.ts'
import { prepareTrust } from '../src/verify/trust-material.ts'
import { rejection } from './verify-rejection.ts'
import { GITHUB_ACTIONS_ISSUER } from './verify-stack.ts'

interface BundleJson {
  messageSignature: { signature: string }
  verificationMaterial: {
    certificate: { rawBytes: string }
    tlogEntries: { integratedTime: string }[]
    timestampVerificationData?: { rfc3161Timestamps: { signedTimestamp: string }[] }
  }
}

/** One signer (one certificate for every bundle) against a fresh stack with its TSA. */
async function startSigner(t: TestContext) {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  t.after(() => stack.stop())
  const realNow = Date.now.bind(Date)
  const signer = createBundleSigner({
    instance: {
      fulcioUrl: stack.fulcioUrl,
      rekorUrl: stack.rekorUrl,
      rekorVersion: 1,
      tsaUrl: stack.tsaUrl
    },
    identityProvider: { getToken: () => Promise.resolve(oidc.mint({ audience: 'sigstore' })) },
    // The certificate stays the signer's whatever time the stack is told it is.
    now: realNow
  })
  const { repository, workflowPath, ref } = oidc.workflow
  const policy: VerifyPolicy = {
    certificateIdentity: `https://github.com/${repository}/${workflowPath}@${ref}`,
    certificateOidcIssuer: GITHUB_ACTIONS_ISSUER
  }
  const trustedRoot = structuredClone(stack.trustedRoot) as unknown as TrustedRootJSON
  const sign = async (): Promise<{ bundle: BundleJson; data: Buffer }> => {
    const data = randomBytes(64)
    const digest = createHash('sha256').update(data).digest()
    const result = await signer.signDigest({ algorithm: 'sha256', digest })
    return { bundle: JSON.parse(JSON.stringify(result.bundle)) as BundleJson, data }
  }
  return { sign, policy, trustedRoot }
}

test('a second bundle of the same certificate, timestamped outside its validity, fails', async t => {
  const { sign, policy, trustedRoot } = await startSigner(t)
  const first = await sign()
  // The stack's TSA and Rekor now stamp a time two hours on, after the certificate expired.
  t.mock.timers.enable({ apis: ['Date'], now: Date.now() + 2 * 3_600_000 })
  const late = await sign()
  t.mock.timers.reset()
  assert.equal(
    late.bundle.verificationMaterial.certificate.rawBytes,
    first.bundle.verificationMaterial.certificate.rawBytes,
    'both bundles carry the one certificate'
  )
  const verify = (signed: { bundle: BundleJson; data: Buffer }) =>
    verifyBundle({ bundle: signed.bundle, artifact: { data: signed.data }, policy, trustedRoot })
  assert.equal(verify(first).identity, policy.certificateIdentity)
  assert.throws(
    () => verify(late),
    rejection('VERIFICATION_FAILED', /CERTIFICATE_ERROR: Failed to verify certificate chain/)
  )
  // And in the other order: the failure is not remembered against the good bundle.
  assert.equal(verify(first).identity, policy.certificateIdentity)
  assert.throws(() => verify(late), rejection('VERIFICATION_FAILED', /CERTIFICATE_ERROR/))
})

test('a tampered bundle of an already verified certificate fails', async t => {
  const { sign, policy, trustedRoot } = await startSigner(t)
  const first = await sign()
  const second = await sign()
  const verify = (bundle: BundleJson, data: Buffer) =>
    verifyBundle({ bundle, artifact: { data }, policy, trustedRoot })
  verify(first.bundle, first.data)
  verify(second.bundle, second.data)
  const tampered = (change: (bundle: BundleJson) => void): BundleJson => {
    const copy = structuredClone(second.bundle)
    change(copy)
    return copy
  }
  const flip = (base64: string): string => {
    const bytes = Buffer.from(base64, 'base64')
    bytes[bytes.length - 8] = (bytes[bytes.length - 8] ?? 0) ^ 1
    return bytes.toString('base64')
  }
  const signature = tampered(b => {
    b.messageSignature.signature = first.bundle.messageSignature.signature
  })
  assert.throws(() => verify(signature, second.data), rejection('VERIFICATION_FAILED', /ERROR/))
  const time = tampered(b => {
    const entry = b.verificationMaterial.tlogEntries[0]
    if (entry !== undefined) entry.integratedTime = String(Number(entry.integratedTime) + 1)
  })
  assert.throws(
    () => verify(time, second.data),
    rejection('VERIFICATION_FAILED', /TLOG_INCLUSION_PROMISE_ERROR/)
  )
  const timestamp = tampered(b => {
    const stamp = b.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0]
    if (stamp !== undefined) stamp.signedTimestamp = flip(stamp.signedTimestamp)
  })
  assert.throws(() => verify(timestamp, second.data), rejection('VERIFICATION_FAILED', /ERROR/))
  assert.throws(
    () => verify(second.bundle, first.data),
    rejection('VERIFICATION_FAILED', /does not match the bundle's message digest/)
  )
  // The untouched bundles still verify, and the certificate was worked out once.
  verify(first.bundle, first.data)
  verify(second.bundle, second.data)
  assert.equal(prepareTrust({ trustedRoot }).verifier.cachedCertificates, 1)
})

test('a trusted root changed in place is a new root', async t => {
  const { sign, policy, trustedRoot } = await startSigner(t)
  const signed = await sign()
  const verify = () =>
    verifyBundle({ bundle: signed.bundle, artifact: { data: signed.data }, policy, trustedRoot })
  verify()
  const authorities = trustedRoot['certificateAuthorities']
  trustedRoot['certificateAuthorities'] = []
  assert.throws(verify, rejection('VERIFICATION_FAILED', /CERTIFICATE_ERROR/))
  trustedRoot['certificateAuthorities'] = authorities
  verify()
})
