import { checkIntegrity } from './integrity.ts'
import { validateVerifyOptions } from './options.ts'
import { Outcome } from './outcome.ts'
import { payloadSteps } from './payload-steps.ts'
import { pluginInconclusive } from './plugin.ts'
import { describeSigner } from './signer-details.ts'
import { signerSteps } from './signer-steps.ts'
import type { StepOptions } from './step-options.ts'
import type { NotationVerificationOutcome, VerifyNotationSignatureOptions } from './types.ts'
import { validitySteps } from './validity-steps.ts'

/**
 * Verifies one Notary Project signature envelope against a trust policy statement, in the order
 * of notary.md §3.3 (notation-go processSignature + Verify): integrity, verification plugin,
 * authenticity, trusted identity, expiry, authentic timestamp, revocation, then the payload and
 * user metadata. Each check's action (enforce / log / skip) comes from `statement.actions`;
 * enforced failures stop, logged ones become warnings. Signature problems are reported in the
 * outcome; only invalid options throw (INVALID_INPUT).
 */
export async function verifyNotationSignature(
  options: VerifyNotationSignatureOptions
): Promise<NotationVerificationOutcome> {
  validateVerifyOptions(options)
  const { statement } = options
  const now = options.now ?? new Date()
  const outcome = new Outcome()
  if (statement.level === 'skip' || statement.actions.integrity === 'skip') {
    outcome.value.verified = true
    outcome.value.warnings.push(
      `signature verification was skipped: trust policy statement "${statement.name}" has level skip`
    )
    return outcome.value
  }

  // 1. Integrity: always enforced.
  const integrity = checkIntegrity(options)
  if (!integrity.ok) {
    outcome.record('integrity', 'enforce', integrity.message)
    return outcome.value
  }
  outcome.record('integrity', 'enforce')
  const { envelope, plugin } = integrity.value
  describeSigner({ envelope, outcome: outcome.value })

  // 2. Verification plugin: none runs here, so the result is inconclusive.
  if (plugin) return pluginInconclusive({ plugin, outcome: outcome.value })

  const step: StepOptions = { options, envelope, now, outcome }
  // 3. Authenticity and 4. trusted identity; 5. expiry, 6. authentic timestamp, 7. revocation.
  if ((await signerSteps(step)) || (await validitySteps(step))) return outcome.value
  // 9. Payload and user metadata.
  return payloadSteps(step)
}
