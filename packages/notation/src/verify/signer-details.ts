import { createHash } from 'node:crypto'
import type { ParsedEnvelope } from '../envelope/types.ts'
import { goSubject } from './go-format.ts'
import type { NotationVerificationOutcome } from './types.ts'

/** Options of {@link describeSigner}. */
export interface DescribeSignerOptions {
  envelope: ParsedEnvelope
  outcome: NotationVerificationOutcome
}

/**
 * Fills in the outcome's signer (the leaf's subject and issuer, every certificate's SHA-256),
 * signing scheme, signing time, expiry and payload, as the envelope states them.
 */
export function describeSigner(options: DescribeSignerOptions): void {
  const { envelope, outcome } = options
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
