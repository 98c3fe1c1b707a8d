// The predicate-type policy and managed keys over bundles the loopback stack signs: a statement
// must state the required predicate, and a certificate bundle verified with a key must have been
// signed with that very key (cosign's rule when it holds both a key and a certificate).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { verifyBundle } from '../src/verify/index.ts'
import { SLSA_PROVENANCE_V1, startSigningEnv } from './verify-stack.ts'
import { assertRejected } from './verify-rejection.ts'

test('predicate type: a statement verifies only with its own predicate type', async t => {
  const env = await startSigningEnv(t)
  const spdx = await env.signStatement({ predicateType: 'https://spdx.dev/Document/v2.3' })
  const options = {
    bundle: spdx.bundle,
    artifact: { data: spdx.data },
    trustedRoot: env.trustedRoot
  }
  const result = verifyBundle({
    ...options,
    policy: { ...env.policy, predicateType: 'https://spdx.dev/Document/v2.3' }
  })
  assert.equal(result.predicateType, 'https://spdx.dev/Document/v2.3')
  assert.equal(result.identity, env.san)
  assertRejected(
    { ...options, policy: { ...env.policy, predicateType: SLSA_PROVENANCE_V1 } },
    'POLICY_FAILED',
    /the statement's predicate type is "https:\/\/spdx\.dev\/Document\/v2\.3", expected "https:\/\/slsa\.dev\/provenance\/v1"/
  )
  // Exact: a prefix of the type is another type.
  assertRejected(
    { ...options, policy: { ...env.policy, predicateType: 'https://spdx.dev/Document' } },
    'POLICY_FAILED',
    /predicate type is .*, expected "https:\/\/spdx\.dev\/Document"/
  )
})

test('predicate type: a message signature states none and is refused when one is required', async t => {
  const env = await startSigningEnv(t)
  const file = await env.signFile()
  const options = {
    bundle: file.bundle,
    artifact: { data: file.data },
    trustedRoot: env.trustedRoot
  }
  assert.equal(verifyBundle({ ...options, policy: env.policy }).kind, 'message')
  assertRejected(
    { ...options, policy: { ...env.policy, predicateType: SLSA_PROVENANCE_V1 } },
    'POLICY_FAILED',
    /the predicate type "https:\/\/slsa\.dev\/provenance\/v1" is required, but the bundle is a message signature/
  )
})

test('managed key: a certificate bundle verifies with the key its certificate holds', async t => {
  const env = await startSigningEnv(t)
  for (const signed of [await env.signFile(), await env.signStatement()]) {
    const dsse = 'dsseEnvelope' in signed.bundle
    const options = {
      bundle: signed.bundle,
      artifact: { data: signed.data },
      trustedRoot: env.trustedRoot
    }
    const result = verifyBundle({
      ...options,
      policy: {
        key: signed.publicKey,
        // The predicate type is no certificate claim: it still applies to a statement.
        ...(dsse ? { predicateType: SLSA_PROVENANCE_V1 } : {})
      }
    })
    assert.equal(result.kind, dsse ? 'dsse' : 'message')
    // The key is what was trusted: nothing of the certificate is reported as verified.
    assert.equal(result.identity, undefined)
    assert.equal(result.issuer, undefined)
    assert.deepEqual(result.extensions, {})
    assert.deepEqual(result.githubWorkflow, {})

    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString()
    assertRejected(
      { ...options, policy: { key: other } },
      'POLICY_FAILED',
      /the bundle's certificate holds a different public key than the given key/
    )
    // The artifact is still bound: a different file fails for its digest.
    assertRejected(
      {
        ...options,
        artifact: { data: Buffer.from('another file') },
        policy: { key: signed.publicKey }
      },
      'VERIFICATION_FAILED',
      dsse
        ? /the artifact sha256:[0-9a-f]{64} is not a subject of the in-toto statement/
        : /the artifact sha256:[0-9a-f]{64} does not match the bundle's message digest/
    )
  }
  const file = await env.signFile()
  // A key replaces the identity policy and its claims; both at once is a mistake.
  assertRejected(
    {
      bundle: file.bundle,
      artifact: { data: file.data },
      trustedRoot: env.trustedRoot,
      policy: { key: file.publicKey, certificateGithubWorkflowRepository: 'octo-org/octo-repo' }
    },
    'INVALID_INPUT',
    /give either a public key or a certificate identity\/issuer \(and certificate claims\), not both/
  )
})
