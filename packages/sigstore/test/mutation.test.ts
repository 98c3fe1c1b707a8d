// Mutation test of verifyBundle: a v0.3 message signature and a DSSE bundle made against the
// loopback Sigstore stack, each mutated a few hundred times (seeded, see json-mutants.ts). Every
// mutant is rejected with a SigstoreError whose code is allowed, or verifies to exactly what
// the original did because @sigstore/bundle reads it as the very same bundle (same protobuf
// after re-serialisation). A TypeError/RangeError or an accepted change fails with the mutant.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle'
import { HashAlgorithm } from '@sigstore/protobuf-specs'
import { SigstoreError } from '../src/errors.ts'
import { parseBundleJSON, verifyBundle } from '../src/verify/index.ts'
import type { VerifiedBundle } from '../src/verify/index.ts'
import { jsonMutants, seededRandom } from './json-mutants.ts'
import { startSigningEnv, type Signed, type SigningEnv } from './verify-stack.ts'

const MUTANTS = Number(process.env['MUTANTS'] ?? 400)
const TRUNCATIONS = 30
const ALLOWED = new Set(['INVALID_BUNDLE', 'VERIFICATION_FAILED', 'POLICY_FAILED'])
const NESTED =
  /^(?:dsseEnvelope\.payload|verificationMaterial\.tlogEntries\[\d+\]\.canonicalizedBody)$/u

/**
 * The bundle as @sigstore/bundle reads it, re-serialised: equal means the same bundle. A
 * message digest without its algorithm (HASH_ALGORITHM_UNSPECIFIED, left out in protobuf
 * JSON) is read as SHA2_256 by verifyBundle, so it is normalised to that.
 */
function canonical(json: unknown): string | undefined {
  try {
    const bundle = bundleFromJSON(json)
    if (bundle.content.$case === 'messageSignature') {
      const digest = bundle.content.messageSignature.messageDigest
      if (digest?.algorithm === HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED)
        digest.algorithm = HashAlgorithm.SHA2_256
    }
    return JSON.stringify(bundleToJSON(bundle))
  } catch {
    return undefined
  }
}

interface Outcome {
  rejected: number
  equivalent: number
  byCode: Record<string, number>
  /** Mutants that crashed or were accepted although changed: what was done and what happened. */
  failures: string[]
}

function run(env: SigningEnv, signed: Signed, original: VerifiedBundle, seed: number): Outcome {
  const outcome: Outcome = { rejected: 0, equivalent: 0, byCode: {}, failures: [] }
  const verify = (bundle: unknown) =>
    verifyBundle({
      bundle,
      artifact: { data: signed.data },
      policy: env.policy,
      trustedRoot: env.trustedRoot
    })
  const text = JSON.stringify(signed.bundle)
  const random = seededRandom(seed + 1)
  const truncated = Array.from({ length: TRUNCATIONS }, () => {
    const length = Math.floor(random() * text.length)
    return {
      what: `JSON text truncated to ${length} of ${text.length} characters`,
      text: text.slice(0, length)
    }
  })
  const mutants = [
    ...jsonMutants({
      json: signed.bundle,
      count: MUTANTS,
      seed,
      nestedJson: path => NESTED.test(path)
    }).map(mutant => ({ what: mutant.what, parse: () => mutant.json })),
    ...truncated.map(mutant => ({
      what: mutant.what,
      parse: () => parseBundleJSON({ text: mutant.text, source: 'the mutant' })
    }))
  ]
  const originalCanonical = canonical(signed.bundle)
  for (const mutant of mutants) {
    let result: VerifiedBundle
    let json: unknown
    try {
      json = mutant.parse()
      result = verify(json)
    } catch (error) {
      if (!(error instanceof SigstoreError) || !ALLOWED.has(error.code)) {
        outcome.failures.push(`${mutant.what}: threw ${String(error)}`)
        continue
      }
      outcome.rejected++
      outcome.byCode[error.code] = (outcome.byCode[error.code] ?? 0) + 1
      continue
    }
    if (JSON.stringify(result) !== JSON.stringify(original)) {
      outcome.failures.push(`${mutant.what}: verified to ${JSON.stringify(result)}`)
    } else if (canonical(json) !== originalCanonical) {
      outcome.failures.push(
        `${mutant.what}: accepted although @sigstore/bundle reads another bundle`
      )
    } else {
      outcome.equivalent++
    }
  }
  return outcome
}

test('mutants of a v0.3 message signature and a DSSE bundle are rejected or equivalent', async t => {
  const env = await startSigningEnv(t)
  const cases = [
    { name: 'message signature', signed: await env.signFile(), seed: 0x5eed01 },
    { name: 'DSSE', signed: await env.signStatement(), seed: 0x5eed02 }
  ]
  for (const { name, signed, seed } of cases) {
    const original = verifyBundle({
      bundle: signed.bundle,
      artifact: { data: signed.data },
      policy: env.policy,
      trustedRoot: env.trustedRoot
    })
    const started = performance.now()
    const outcome = run(env, signed, original, seed)
    const ms = Math.round(performance.now() - started)
    assert.deepEqual(
      outcome.failures,
      [],
      `${name}: mutants (seed ${seed}) that crashed or were accepted`
    )
    t.diagnostic(
      `${name}: ${MUTANTS + TRUNCATIONS} mutants, ${outcome.rejected} rejected ${JSON.stringify(outcome.byCode)}, ${outcome.equivalent} equivalent, ${ms} ms`
    )
    assert.ok(outcome.rejected > MUTANTS / 2)
  }
})
