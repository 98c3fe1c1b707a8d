import { HEADER } from '../envelope/attributes.ts'
import type { ParsedEnvelope } from '../envelope/types.ts'
import type { RevocationChecker } from '../revocation/types.ts'
import type { TrustPolicyStatement } from '../trust-policy/types.ts'
import type { TrustStoreSource } from '../trust-store/types.ts'
import { chainOf, invalidNow } from './chain-validity.ts'
import { verifyCountersignature } from './countersignature.ts'
import { rfc1123z, rfc3339OffsetMinutes } from './go-format.ts'
import { checkRevocation } from './revocation.ts'
import { timestampOutOfBounds } from './timestamp-bounds.ts'

/** Options of {@link checkAuthenticTimestamp}. */
export interface CheckAuthenticTimestampOptions {
  envelope: ParsedEnvelope
  statement: TrustPolicyStatement
  trustStores: TrustStoreSource
  now: Date
  /** Checks the TSA chain's revocation (always enforced within this step, as notation does). */
  revocation?: RevocationChecker
}

/** What step 6 found: a failure message, and the timestamp when one was verified. */
export interface AuthenticTimestampResult {
  message?: string
  timestamp?: { genTime: Date; tsa: string }
  /** A note for the outcome (the TSA chain's revocation was not checked). */
  warning?: string
}

/**
 * Step 6 of notary.md §3.3 (notation-go verifyAuthenticTimestamp / verifyTimestamp).
 * notary.x509: with a `tsa` store (and verifyTimestamp `always`, or `afterCertExpiry` with an
 * expired chain) the RFC 3161 countersignature must verify, its time range lie within every
 * chain certificate's validity, and the TSA chain not be revoked; otherwise every certificate must be valid now.
 * notary.x509.signingAuthority: the authentic signing time must lie within every validity.
 */
export async function checkAuthenticTimestamp(
  options: CheckAuthenticTimestampOptions
): Promise<AuthenticTimestampResult> {
  const { envelope, statement, now } = options
  const chain = chainOf(envelope)
  const { authenticSigningTime } = envelope.signedAttributes
  if (authenticSigningTime) {
    const offset = rfc3339OffsetMinutes(envelope.protectedHeader.get(HEADER.authenticSigningTime))
    const invalid = chain.find(
      cert => authenticSigningTime < cert.notBefore || authenticSigningTime > cert.notAfter
    )
    if (!invalid) return {}
    return {
      message: `certificate "${invalid.subject}" was not valid when the digital signature was produced at "${rfc1123z(authenticSigningTime, offset)}"`
    }
  }
  const tsaConfigured = statement.trustStores.some(ref => ref.type === 'tsa')
  const expiredNow = chain.some(cert => now > cert.notAfter)
  const stamp = tsaConfigured && (statement.verifyTimestamp === 'always' || expiredNow)
  if (!stamp) {
    const message = invalidNow({ chain, now })
    return message === undefined ? {} : { message }
  }
  const countersigned = await verifyCountersignature(options)
  if ('message' in countersigned) return countersigned
  const { verified } = countersigned
  const timestamp = { genTime: verified.genTime, tsa: verified.tsaSubject }
  const outOfBounds = timestampOutOfBounds({ verified, envelope, chain })
  if (outOfBounds !== undefined) return { timestamp, message: outOfBounds }
  if (!options.revocation) {
    return {
      timestamp,
      warning:
        'timestamping certificate chain revocation was not checked: no revocation checker was given'
    }
  }
  const revoked = await checkRevocation({
    chain: verified.tsaChain.map(cert => cert.raw),
    checker: options.revocation,
    role: 'timestamping'
  })
  return { timestamp, ...(revoked && { message: revoked }) }
}
