import { createHash } from 'node:crypto'
import { checkAuthenticTimestamp } from './authentic-timestamp.ts'
import { checkAuthenticity } from './authenticity.ts'
import { checkExpiry } from './expiry.ts'
import { goSubject } from './go-format.ts'
import { checkIntegrity, type IntactEnvelope } from './integrity.ts'
import { validateVerifyOptions } from './options.ts'
import { Outcome } from './outcome.ts'
import { checkPayload, checkUserMetadata } from './payload-match.ts'
import { checkRevocation } from './revocation.ts'
import { checkTrustedIdentity } from './trusted-identity.ts'
import type {
  NotationVerificationOutcome,
  ValidationResult,
  VerifyNotationSignatureOptions
} from './types.ts'

function describeSigner(intact: IntactEnvelope, outcome: NotationVerificationOutcome): void {
  const { envelope } = intact
  const [leafDer] = envelope.certificateChain
  if (leafDer) {
    outcome.signer = {
      subject: goSubject(leafDer),
      issuer: goSubject(leafDer, 'issuer'),
      sha256Fingerprints: envelope.certificateChain.map(der =>
        createHash('sha256').update(der).digest('hex')
      )
    }
  }
  const attributes = envelope.signedAttributes
  outcome.signingScheme = attributes.signingScheme
  const signingTime = attributes.signingTime ?? attributes.authenticSigningTime
  if (signingTime) outcome.signingTime = signingTime
  if (attributes.expiry) outcome.expiry = attributes.expiry
  outcome.payload = envelope.payload
}

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
  const { actions } = statement
  if (statement.level === 'skip' || actions.integrity === 'skip') {
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
  const intact = integrity.value
  const { envelope } = intact
  describeSigner(intact, outcome.value)

  // 2. Verification plugin: none runs here, so the result is inconclusive.
  if (intact.plugin) {
    const version = intact.plugin.minVersion
      ? ` (version ${intact.plugin.minVersion} or later)`
      : ''
    outcome.value.failure = {
      type: 'verificationPlugin',
      message: `verification inconclusive: the digital signature requires the verification plugin "${intact.plugin.name}"${version}, and this verifier runs no plugins; verify it with notation and that plugin installed`
    }
    return outcome.value
  }

  // 3. Authenticity and 4. trusted identity share one result.
  const authenticity = await checkAuthenticity({ ...options, envelope })
  if (outcome.record('authenticity', actions.authenticity, authenticity)) return outcome.value
  const leaf = envelope.certificateChain[0] as Buffer
  const identity = checkTrustedIdentity({ statement, leaf })
  if (identity !== undefined) {
    const result = outcome.value.results[outcome.value.results.length - 1] as ValidationResult
    result.ok = false
    result.message = identity
    if (outcome.settle(result)) return outcome.value
  }

  // 5. Expiry.
  if (actions.expiry !== 'skip') {
    const expiry = checkExpiry({ envelope, now })
    if (outcome.record('expiry', actions.expiry, expiry)) return outcome.value
  }

  // 6. Authentic timestamp.
  if (actions.authenticTimestamp !== 'skip') {
    const stamped = await checkAuthenticTimestamp({ ...options, envelope, now })
    if (stamped.timestamp) outcome.value.timestamp = stamped.timestamp
    if (stamped.warning) outcome.value.warnings.push(stamped.warning)
    if (outcome.record('authenticTimestamp', actions.authenticTimestamp, stamped.message)) {
      return outcome.value
    }
  }

  // 7. Revocation.
  if (actions.revocation !== 'skip') {
    if (options.revocation) {
      const { authenticSigningTime } = envelope.signedAttributes
      const revocation = await checkRevocation({
        chain: envelope.certificateChain,
        checker: options.revocation,
        role: 'signing',
        ...(authenticSigningTime && { signingTime: authenticSigningTime })
      })
      if (outcome.record('revocation', actions.revocation, revocation)) return outcome.value
    } else {
      const note = 'revocation was not checked: no revocation checker was given'
      outcome.value.results.push({
        type: 'revocation',
        action: actions.revocation,
        ok: true,
        message: note
      })
      outcome.value.warnings.push(note)
    }
  }

  // 9. Payload and user metadata.
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
