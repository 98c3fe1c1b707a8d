// The negative matrix: bundles the loopback stack signed (a message signature over a file, and
// a DSSE in-toto statement), each altered or checked against the wrong policy or trust root.
// Every rejection asserts its code and the fragment of the message that proves the reason.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseBundleJSON, publicGoodTrustedRoot, verifyBundle } from '../src/verify/index.ts'
import type { VerifyBundleOptions, VerifyPolicy } from '../src/verify/index.ts'
import { SLSA_PROVENANCE_V1, startSigningEnv } from './verify-stack.ts'
import type { Signed } from './verify-stack.ts'
import { assertRejected, rejection } from './verify-rejection.ts'

/** `text` matched literally inside a RegExp. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')

type Kind = 'message' | 'dsse'
/** The fields of a bundle's JSON these tests alter (a message bundle has no dsseEnvelope…). */
interface BundleJson {
  messageSignature: { signature: string }
  dsseEnvelope: { payload: string; signatures: [{ sig: string }] }
  verificationMaterial: { certificate: { rawBytes: string }; tlogEntries?: unknown[] }
}

/** A deep copy of the bundle JSON, changed by `edit`. */
function altered(signed: Signed, edit: (bundle: BundleJson) => void): BundleJson {
  const bundle = structuredClone(signed.bundle) as unknown as BundleJson
  edit(bundle)
  return bundle
}

/** Flips one bit of a base64 field, keeping it valid base64 of the same length. */
function flip(base64: string, at = 8): string {
  const bytes = Buffer.from(base64, 'base64')
  bytes[at] = (bytes[at] ?? 0) ^ 0x01
  return bytes.toString('base64')
}

test('negative matrix over stack-signed message signatures and DSSE statements', async t => {
  const env = await startSigningEnv(t)
  // A second run against the same instance (same Fulcio, Rekor): another key and certificate.
  const otherRun = await startSigningEnv(t, { stack: env.stack, oidc: env.oidc })
  // Another instance altogether, with its own CA, logs and trusted root.
  const otherInstance = await startSigningEnv(t)
  const signed: Record<Kind, Signed> = {
    message: await env.signFile(),
    dsse: await env.signStatement()
  }
  const other: Record<Kind, Signed> = {
    message: await otherRun.signFile(),
    dsse: await otherRun.signStatement()
  }
  const verifyOptions = (
    kind: Kind,
    change: Partial<VerifyBundleOptions> = {},
    policy: VerifyPolicy = env.policy
  ): VerifyBundleOptions => ({
    bundle: signed[kind].bundle,
    artifact: { data: signed[kind].data },
    policy,
    trustedRoot: env.trustedRoot,
    ...change
  })

  await t.test('control: both bundles verify unaltered', () => {
    assert.equal(verifyBundle(verifyOptions('message')).kind, 'message')
    assert.equal(verifyBundle(verifyOptions('dsse')).kind, 'dsse')
  })

  await t.test('tampered artifact', () => {
    const tampered = Buffer.from(signed.message.data)
    tampered[0] = (tampered[0] ?? 0) ^ 0x01
    const digestReason =
      /the artifact sha256:[0-9a-f]{64} does not match the bundle's message digest sha256:/
    assertRejected(
      verifyOptions('message', { artifact: { data: tampered } }),
      'VERIFICATION_FAILED',
      digestReason
    )
    assertRejected(
      verifyOptions('message', { artifact: { digest: `sha256:${'ab'.repeat(32)}` } }),
      'VERIFICATION_FAILED',
      digestReason
    )
    assertRejected(
      verifyOptions('dsse', { artifact: { data: tampered } }),
      'VERIFICATION_FAILED',
      /the artifact sha256:[0-9a-f]{64} is not a subject of the in-toto statement/
    )
  })

  await t.test('tampered signature', () => {
    assertRejected(
      verifyOptions('message', {
        bundle: altered(signed.message, b => {
          b.messageSignature.signature = flip(b.messageSignature.signature)
        })
      }),
      'VERIFICATION_FAILED',
      /TLOG_BODY_ERROR: signature mismatch/
    )
    assertRejected(
      verifyOptions('dsse', {
        bundle: altered(signed.dsse, b => {
          b.dsseEnvelope.signatures[0].sig = flip(b.dsseEnvelope.signatures[0].sig)
        })
      }),
      'VERIFICATION_FAILED',
      /TLOG_BODY_ERROR: tlog entry signature mismatch/
    )
  })

  await t.test('tampered DSSE payload', () => {
    assertRejected(
      verifyOptions('dsse', {
        artifact: undefined,
        bundle: altered(signed.dsse, b => {
          const statement = JSON.parse(
            Buffer.from(b.dsseEnvelope.payload, 'base64').toString()
          ) as Record<string, unknown>
          statement['predicateType'] = 'https://slsa.dev/provenance/v0.2'
          b.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
        })
      }),
      'VERIFICATION_FAILED',
      /TLOG_BODY_ERROR: DSSE payload hash mismatch/
    )
  })

  await t.test('swapped certificate (another run’s)', () => {
    for (const kind of ['message', 'dsse'] as const) {
      // The later run's bundle gets the earlier run's certificate: same issuer, same identity,
      // valid when the later entry was logged, so only the signature can tell them apart.
      assertRejected(
        verifyOptions(kind, {
          bundle: altered(other[kind], b => {
            b.verificationMaterial.certificate = (signed[kind].bundle as unknown as BundleJson)[
              'verificationMaterial'
            ].certificate
          }),
          artifact: { data: other[kind].data }
        }),
        'VERIFICATION_FAILED',
        /SIGNATURE_ERROR: signature verification failed/
      )
    }
  })

  await t.test('wrong identity', () => {
    for (const kind of ['message', 'dsse'] as const) {
      assertRejected(
        verifyOptions(
          kind,
          {},
          { ...env.policy, certificateIdentity: env.san.replace('v1.2.3', 'v1.2.4') }
        ),
        'POLICY_FAILED',
        /^certificate identity "https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.2\.3" does not match the expected "https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.2\.4"$/
      )
    }
  })

  await t.test('wrong issuer', () => {
    assertRejected(
      verifyOptions(
        'message',
        {},
        { ...env.policy, certificateOidcIssuer: 'https://token.actions.githubusercontent.com.evil' }
      ),
      'POLICY_FAILED',
      /certificate issuer "https:\/\/token\.actions\.githubusercontent\.com" does not match/
    )
  })

  await t.test('identity-prefix attacks on a regexp: patterns are anchored', () => {
    const regexp = (certificateIdentityRegexp: string): VerifyPolicy => ({
      certificateIdentityRegexp,
      certificateOidcIssuer: env.policy.certificateOidcIssuer
    })
    for (const pattern of [
      // A repository prefix: unanchored, it would match the longer identity.
      'https://github.com/octo-org/',
      'https://github\\.com/octo-org/octo-repo/',
      // Looks unanchored; behaves as ^(?:…)$, so the rest of the identity must match too.
      '.*octo-repo',
      'octo-org/octo-repo/.*',
      // An alternation whose first branch is a prefix: `^a|b$` would anchor it at the start only.
      'https://github\\.com/octo-org/|https://example\\.com/none'
    ]) {
      for (const kind of ['message', 'dsse'] as const) {
        assertRejected(
          verifyOptions(kind, {}, regexp(pattern)),
          'POLICY_FAILED',
          new RegExp(
            `^certificate identity ".*" does not match the regexp "${escapeRegExp(pattern)}" \\(which must match the whole identity\\)$`
          )
        )
      }
    }
    // The same prefix, covering the whole identity, passes: the refusals above are the anchoring.
    assert.equal(
      verifyBundle(verifyOptions('dsse', {}, regexp('https://github\\.com/octo-org/.*'))).identity,
      env.san
    )
  })

  await t.test('untrusted root: the public-good root, or another instance’s', () => {
    for (const kind of ['message', 'dsse'] as const) {
      assertRejected(
        verifyOptions(kind, { trustedRoot: publicGoodTrustedRoot() }),
        'VERIFICATION_FAILED',
        /CERTIFICATE_ERROR: Failed to verify certificate chain/
      )
      assertRejected(
        verifyOptions(kind, { trustedRoot: otherInstance.trustedRoot }),
        'VERIFICATION_FAILED',
        /CERTIFICATE_ERROR: Failed to verify certificate chain/
      )
    }
  })

  await t.test('malformed JSON', () => {
    const text = JSON.stringify(signed.message.bundle).slice(0, -1)
    assert.throws(
      () => parseBundleJSON({ text, source: 'app.bin.sigstore.json' }),
      rejection(
        'INVALID_BUNDLE',
        /^app\.bin\.sigstore\.json is not a Sigstore bundle: malformed JSON/
      )
    )
    assertRejected(
      verifyOptions('message', {
        bundle: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }
      }),
      'INVALID_BUNDLE',
      /not a valid Sigstore bundle: /
    )
  })

  await t.test('bad base64 in signature and certificate fields', () => {
    assertRejected(
      verifyOptions('message', {
        bundle: altered(signed.message, b => {
          b.messageSignature.signature = `!${b.messageSignature.signature.slice(1)}`
        })
      }),
      'INVALID_BUNDLE',
      /messageSignature\.signature is not base64 \("!" at offset 0\)/
    )
    assertRejected(
      verifyOptions('dsse', {
        bundle: altered(signed.dsse, b => {
          b.dsseEnvelope.signatures[0].sig = `${b.dsseEnvelope.signatures[0].sig}%%`
        })
      }),
      'INVALID_BUNDLE',
      /dsseEnvelope\.signatures\[0\]\.sig is not base64 \("%" at offset \d+\)/
    )
    for (const kind of ['message', 'dsse'] as const) {
      assertRejected(
        verifyOptions(kind, {
          bundle: altered(signed[kind], b => {
            const cert = b.verificationMaterial.certificate
            cert.rawBytes = cert.rawBytes.replace(/^(.{40})./u, '$1*')
          })
        }),
        'INVALID_BUNDLE',
        /verificationMaterial\.certificate\.rawBytes is not base64 \("\*" at offset 40\)/
      )
    }
    // Base64, but not a certificate.
    assertRejected(
      verifyOptions('message', {
        bundle: altered(signed.message, b => {
          b.verificationMaterial.certificate.rawBytes =
            Buffer.from('not a certificate').toString('base64')
        })
      }),
      'INVALID_BUNDLE',
      /the bundle's certificate does not parse/
    )
  })

  await t.test('missing transparency log entry', () => {
    for (const kind of ['message', 'dsse'] as const) {
      assertRejected(
        verifyOptions(kind, {
          bundle: altered(signed[kind], b => {
            delete b.verificationMaterial.tlogEntries
          })
        }),
        'VERIFICATION_FAILED',
        /the bundle has no transparency log entry; verification requires one/
      )
    }
  })

  await t.test('wrong predicate type', () => {
    assertRejected(
      verifyOptions('dsse', {}, { ...env.policy, predicateType: 'https://spdx.dev/Document/v2.3' }),
      'POLICY_FAILED',
      new RegExp(
        `the statement's predicate type is "${SLSA_PROVENANCE_V1.replace(/[./]/gu, '\\$&')}", expected "https://spdx\\.dev/Document/v2\\.3"`
      )
    )
    assertRejected(
      verifyOptions('message', {}, { ...env.policy, predicateType: SLSA_PROVENANCE_V1 }),
      'POLICY_FAILED',
      /is required, but the bundle is a message signature, which states no predicate/
    )
  })

  await t.test('wrong workflow claim', () => {
    for (const kind of ['message', 'dsse'] as const) {
      assertRejected(
        verifyOptions(
          kind,
          {},
          { ...env.policy, certificateGithubWorkflowRepository: 'octo-org/other-repo' }
        ),
        'POLICY_FAILED',
        /certificate GitHub workflow repository .* is "octo-org\/octo-repo", expected "octo-org\/other-repo"/
      )
      assertRejected(
        verifyOptions(
          kind,
          {},
          { ...env.policy, certificateGithubWorkflowTrigger: 'pull_request_target' }
        ),
        'POLICY_FAILED',
        /certificate GitHub workflow trigger .* is "push", expected "pull_request_target"/
      )
    }
  })
})
