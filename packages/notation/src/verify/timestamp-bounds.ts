import { HEADER, rfc3339 } from '../envelope/attributes.ts'
import type { ParsedEnvelope } from '../envelope/types.ts'
import type { VerifiedTimestamp } from '../timestamp/verify-token.ts'
import type { ChainCert } from './chain-validity.ts'
import { goTimeString, rfc1123z, rfc3339OffsetMinutes } from './go-format.ts'

/** Options of {@link timestampOutOfBounds}. */
export interface TimestampOutOfBoundsOptions {
  verified: VerifiedTimestamp
  envelope: ParsedEnvelope
  chain: ChainCert[]
}

/**
 * Why the timestamp's time range (genTime ± accuracy) does not bound the signature: it may lie
 * before the signing time, or outside a chain certificate's validity. Undefined when it does.
 */
export function timestampOutOfBounds(options: TimestampOutOfBoundsOptions): string | undefined {
  const { verified, envelope } = options
  const lower = new Date(verified.genTime.getTime() - verified.accuracyMs)
  const upper = new Date(verified.genTime.getTime() + verified.accuracyMs)
  const signingTime = envelope.signedAttributes.signingTime
  if (signingTime && lower < signingTime) {
    const offset = rfc3339OffsetMinutes(envelope.protectedHeader.get(HEADER.signingTime))
    return `timestamp [${rfc3339(lower)}, ${rfc3339(upper)}] is not bounded after the signing time "${goTimeString(signingTime, offset)}"`
  }
  for (const cert of options.chain) {
    if (lower < cert.notBefore) {
      return `timestamp can be before certificate "${cert.subject}" validity period, it will be valid from "${rfc1123z(cert.notBefore)}"`
    }
    if (upper > cert.notAfter) {
      return `timestamp can be after certificate "${cert.subject}" validity period, it was expired at "${rfc1123z(cert.notAfter)}"`
    }
  }
  return undefined
}
