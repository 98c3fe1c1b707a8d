import { checkPayload, checkUserMetadata } from './payload-match.ts'
import type { StepOptions } from './step-options.ts'
import type { NotationVerificationOutcome } from './types.ts'

/**
 * The last step: the signed payload must describe the target, and carry the user metadata
 * asked for. Verified when both hold.
 */
export async function payloadSteps(step: StepOptions): Promise<NotationVerificationOutcome> {
  const { options, envelope, outcome } = step
  const payload = await checkPayload({
    payload: envelope.payload,
    target: options.target,
    algorithm: envelope.algorithm
  })
  if (payload !== undefined) return outcome.fail('payload', payload)
  const metadata = checkUserMetadata({
    payload: envelope.payload,
    ...(options.userMetadata && { userMetadata: options.userMetadata })
  })
  if (metadata !== undefined) return outcome.fail('userMetadata', metadata)
  outcome.value.verified = true
  return outcome.value
}
