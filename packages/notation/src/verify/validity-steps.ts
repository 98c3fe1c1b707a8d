import { checkAuthenticTimestamp } from './authentic-timestamp.ts'
import { checkExpiry } from './expiry.ts'
import { checkRevocation } from './revocation.ts'
import type { StepOptions } from './step-options.ts'

/**
 * Steps 5 to 7 — expiry, authentic timestamp, revocation — each unless its action is skip.
 * True when verification stops.
 */
export async function validitySteps(step: StepOptions): Promise<boolean> {
  const { actions } = step.options.statement
  if (actions.expiry !== 'skip') {
    const expiry = checkExpiry({ envelope: step.envelope, now: step.now })
    if (step.outcome.record('expiry', actions.expiry, expiry)) return true
  }
  if (actions.authenticTimestamp !== 'skip' && (await timestampStep(step))) return true
  if (actions.revocation !== 'skip' && (await revocationStep(step))) return true
  return false
}

/** Step 6: the authentic timestamp, with the verified timestamp and any note kept. */
async function timestampStep(step: StepOptions): Promise<boolean> {
  const { options, envelope, now, outcome } = step
  const stamped = await checkAuthenticTimestamp({ ...options, envelope, now })
  if (stamped.timestamp) outcome.value.timestamp = stamped.timestamp
  if (stamped.warning) outcome.value.warnings.push(stamped.warning)
  return outcome.record(
    'authenticTimestamp',
    options.statement.actions.authenticTimestamp,
    stamped.message
  )
}

/** Step 7: the signing chain's revocation; without a checker, a note that it was not checked. */
async function revocationStep(step: StepOptions): Promise<boolean> {
  const { options, envelope, outcome } = step
  const action = options.statement.actions.revocation
  if (!options.revocation) {
    const note = 'revocation was not checked: no revocation checker was given'
    outcome.value.results.push({ type: 'revocation', action, ok: true, message: note })
    outcome.value.warnings.push(note)
    return false
  }
  const { authenticSigningTime } = envelope.signedAttributes
  const revocation = await checkRevocation({
    chain: envelope.certificateChain,
    checker: options.revocation,
    role: 'signing',
    ...(authenticSigningTime && { signingTime: authenticSigningTime })
  })
  return outcome.record('revocation', action, revocation)
}
