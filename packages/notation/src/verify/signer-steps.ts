import { checkAuthenticity } from './authenticity.ts'
import type { StepOptions } from './step-options.ts'
import { checkTrustedIdentity } from './trusted-identity.ts'
import type { ValidationResult } from './types.ts'

/**
 * Steps 3 and 4, authenticity and trusted identity, which share one result: the chain must lead
 * to the trust store, and the leaf's subject must be a trusted identity. True when verification
 * stops.
 */
export async function signerSteps(step: StepOptions): Promise<boolean> {
  const { options, envelope, outcome } = step
  const { statement } = options
  const authenticity = await checkAuthenticity({ ...options, envelope })
  if (outcome.record('authenticity', statement.actions.authenticity, authenticity)) return true
  const leaf = envelope.certificateChain[0] as Buffer
  const identity = checkTrustedIdentity({ statement, leaf })
  if (identity === undefined) return false
  const result = outcome.value.results[outcome.value.results.length - 1] as ValidationResult
  result.ok = false
  result.message = identity
  return outcome.settle(result)
}
