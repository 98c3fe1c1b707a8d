// Every sigstore-conformance bundle-verify case, in path and in digest mode, each rejection
// checked against the reason its README gives (a table below, one pattern per case).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseBundleJSON, verifyBundle } from '../src/verify/index.ts'
import type { SigstoreErrorCode } from '../src/errors.ts'
import type { VerifyPolicy } from '../src/verify/index.ts'
import { rejection } from './verify-rejection.ts'
import { sigstoreVectors } from './verify-vectors.ts'

const conformance = join(sigstoreVectors, 'conformance')
const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com'

/** Each `_fail` case: the error code and the reason its README gives, as a message pattern. */
const REJECTIONS: Record<string, { code: SigstoreErrorCode; reason: RegExp }> = {
  'bundle-empty-certificate-chain_fail': {
    code: 'INVALID_BUNDLE',
    reason:
      /invalid v0\.1 bundle \(verificationMaterial\.content\.x509CertificateChain\.certificates\)/
  },
  'bundle-from-wrong-instance_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /CERTIFICATE_ERROR: Failed to verify certificate chain/
  },
  'bundle-malformed-json_fail': { code: 'INVALID_BUNDLE', reason: /malformed JSON/ },
  'bundle-negative-log-index_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_INCLUSION_PROMISE_ERROR: inclusion promise could not be verified/
  },
  'bundle-with-root-cert_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /certificate chain contains a self-signed root certificate/
  },
  'checkpoint-wrong-roothash_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_INCLUSION_PROOF_ERROR: invalid hash count/
  },
  'dsse-invalid-sig_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_BODY_ERROR: tlog entry signature mismatch/
  },
  'dsse-mismatch-sig_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_BODY_ERROR: tlog entry signature mismatch/
  },
  'inclusion-proof-corrupted-hash_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_INCLUSION_PROOF_ERROR: calculated root hash does not match inclusion proof/
  },
  'incorrect-public-key_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_INCLUSION_PROMISE_ERROR: inclusion promise could not be verified/
  },
  'intoto-expired-certificate_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /CERTIFICATE_ERROR: Failed to verify certificate chain/
  },
  'intoto-log-entry-mismatch_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_BODY_ERROR: tlog entry signature mismatch/
  },
  'intoto-set-outside-signing-cert-validity_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /CERTIFICATE_ERROR: Failed to verify certificate chain/
  },
  'intoto-tsa-timestamp-outside-cert-validity_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /CERTIFICATE_ERROR: Failed to verify certificate chain/
  },
  'invalid-checkpoint-signature_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_INCLUSION_PROOF_ERROR: invalid checkpoint signature/
  },
  'invalid-ct-key_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /CERTIFICATE_ERROR: SCT verification failed/
  },
  // The "wrong key" of this case is not a valid curve point: it cannot even be loaded.
  'managed-key-wrong-key_fail': {
    code: 'INVALID_INPUT',
    reason: /verification key is not a valid PEM public key/
  },
  'message-digest-mismatch_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /does not match the bundle's message digest/
  },
  'rekor2-checkpoint-missing-log-signature_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_INCLUSION_PROOF_ERROR: no signatures found in checkpoint/
  },
  'rekor2-checkpoint-missing-origin_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_INCLUSION_PROOF_ERROR: too few lines in checkpoint header/
  },
  'rekor2-checkpoint-missing-size_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_INCLUSION_PROOF_ERROR: too few lines in checkpoint header/
  },
  'rekor2-dsse-invalid-sig_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_BODY_ERROR: signature mismatch/
  },
  'rekor2-dsse-mismatch-sig_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_BODY_ERROR: signature mismatch/
  },
  'rekor2-no-timestamp_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TIMESTAMP_ERROR: expected 1 timestamps, got 0/
  },
  'rekor2-timestamp-outside-trust-root-tsa-validity_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TIMESTAMP_ERROR: timestamp could not be verified/
  },
  'rekor2-timestamp-payload-mismatch_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TIMESTAMP_ERROR: timestamp could not be verified/
  },
  'rekor2-timestamp-untrusted-tsa-with-embedded-cert_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TIMESTAMP_ERROR: timestamp could not be verified/
  },
  'set-invalid-signature_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_INCLUSION_PROMISE_ERROR: inclusion promise could not be verified/
  },
  'trust-root-tlog-missing-validity-start_fail': {
    code: 'VERIFICATION_FAILED',
    reason:
      /transparency log https:\/\/\S+ of the bundle's entry is not trusted, its key in the trusted root has no validFor\.start/
  },
  'wrong-hashedrekord-artifact_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_BODY_ERROR: signature mismatch/
  },
  'wrong-hashedrekord-cert-and-sig_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /TLOG_BODY_ERROR: signature mismatch/
  },
  'wrong-material_fail': {
    code: 'VERIFICATION_FAILED',
    reason: /the artifact sha256:[0-9a-f]{64} does not match the bundle's message digest/
  }
}

const cases = readdirSync(conformance, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
  .sort()

function optional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined
}

/** Runs one case as the conformance CLI would; undefined on success, else what was thrown. */
function runCase(name: string, mode: 'path' | 'digest'): unknown {
  const dir = join(conformance, name)
  const artifactPath = existsSync(join(dir, 'artifact'))
    ? join(dir, 'artifact')
    : join(conformance, 'a.txt')
  const data = readFileSync(artifactPath)
  const key = optional(join(dir, 'key.pub'))
  const policy: VerifyPolicy =
    key === undefined
      ? {
          certificateIdentity: optional(join(dir, 'identity')) ?? DEFAULT_IDENTITY,
          certificateOidcIssuer: optional(join(dir, 'issuer')) ?? DEFAULT_ISSUER
        }
      : { key }
  const rootPath = join(dir, 'trusted_root.json')
  try {
    const bundlePath = join(dir, 'bundle.sigstore.json')
    verifyBundle({
      bundle: parseBundleJSON({ text: readFileSync(bundlePath, 'utf8'), source: bundlePath }),
      artifact:
        mode === 'path'
          ? { data }
          : { digest: `sha256:${createHash('sha256').update(data).digest('hex')}` },
      policy,
      ...(existsSync(rootPath)
        ? { trustedRoot: JSON.parse(readFileSync(rootPath, 'utf8')) as Record<string, unknown> }
        : {})
    })
    return undefined
  } catch (error) {
    return error
  }
}

test('conformance: every _fail case has an expected reason, and only those', () => {
  assert.ok(cases.length >= 40, `only ${cases.length} cases found in ${conformance}`)
  assert.deepEqual(
    cases.filter(name => name.endsWith('_fail')),
    Object.keys(REJECTIONS).sort()
  )
})

for (const mode of ['path', 'digest'] as const) {
  test(`conformance (${mode} mode): each case verifies or is rejected for its reason`, async t => {
    let passed = 0
    for (const name of cases) {
      await t.test(name, () => {
        const error = runCase(name, mode)
        const expected = REJECTIONS[name]
        if (expected === undefined) {
          assert.equal(error, undefined, `${name} should verify: ${String(error)}`)
        } else {
          rejection(expected.code, expected.reason)(error)
        }
        passed++
      })
    }
    t.diagnostic(`${mode} mode: ${passed}/${cases.length} conformance cases as expected`)
    assert.equal(passed, cases.length)
  })
}
