import { X509Certificate } from 'node:crypto'
import { HEADER, rfc3339 } from '../envelope/attributes.ts'
import type { ParsedEnvelope } from '../envelope/types.ts'
import { NotationError } from '../errors.ts'
import { verifyTimestampToken } from '../timestamp/verify-token.ts'
import type { RevocationChecker } from '../revocation/types.ts'
import type { TrustPolicyStatement } from '../trust-policy/types.ts'
import type { TrustStoreSource } from '../trust-store/types.ts'
import { goSubject, goTimeString, rfc1123z, rfc3339OffsetMinutes } from './go-format.ts'
import { checkRevocation } from './revocation.ts'
import { loadStatementStores } from './trust-stores.ts'

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

interface ChainCert {
  subject: string
  notBefore: Date
  notAfter: Date
}

const chainOf = (envelope: ParsedEnvelope): ChainCert[] =>
  envelope.certificateChain.map(der => {
    const cert = new X509Certificate(der)
    return {
      subject: goSubject(der),
      notBefore: new Date(cert.validFrom),
      notAfter: new Date(cert.validTo)
    }
  })

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
  if (!stamp) return { ...validNow(chain, now) }
  const token = envelope.timestampSignature
  if (!token || token.length === 0) {
    return { message: 'no timestamp countersignature was found in the signature envelope' }
  }
  let roots
  try {
    roots = await loadStatementStores({ statement, trustStores: options.trustStores, type: 'tsa' })
  } catch (error) {
    return { message: `failed to load tsa trust store with error: ${messageOf(error)}` }
  }
  if (roots.length === 0) return { message: 'no trusted TSA certificate found in trust store' }
  let verified
  try {
    verified = await verifyTimestampToken({ token, message: envelope.signature, roots })
  } catch (error) {
    if (error instanceof NotationError) return { message: error.message }
    // Anything else comes from a token no parser path anticipated: still a failed check.
    return {
      message: `failed to verify the timestamp countersignature with error: ${messageOf(error)}`
    }
  }
  const timestamp = { genTime: verified.genTime, tsa: verified.tsaSubject }
  const lower = new Date(verified.genTime.getTime() - verified.accuracyMs)
  const upper = new Date(verified.genTime.getTime() + verified.accuracyMs)
  const signingTime = envelope.signedAttributes.signingTime
  if (signingTime && lower < signingTime) {
    const offset = rfc3339OffsetMinutes(envelope.protectedHeader.get(HEADER.signingTime))
    return {
      timestamp,
      message: `timestamp [${rfc3339(lower)}, ${rfc3339(upper)}] is not bounded after the signing time "${goTimeString(signingTime, offset)}"`
    }
  }
  for (const cert of chain) {
    if (lower < cert.notBefore) {
      return {
        timestamp,
        message: `timestamp can be before certificate "${cert.subject}" validity period, it will be valid from "${rfc1123z(cert.notBefore)}"`
      }
    }
    if (upper > cert.notAfter) {
      return {
        timestamp,
        message: `timestamp can be after certificate "${cert.subject}" validity period, it was expired at "${rfc1123z(cert.notAfter)}"`
      }
    }
  }
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

function validNow(chain: ChainCert[], now: Date): AuthenticTimestampResult {
  for (const cert of chain) {
    if (now < cert.notBefore) {
      return {
        message: `verification time is before certificate "${cert.subject}" validity period, it will be valid from "${rfc1123z(cert.notBefore)}"`
      }
    }
    if (now > cert.notAfter) {
      return {
        message: `verification time is after certificate "${cert.subject}" validity period, it was expired at "${rfc1123z(cert.notAfter)}"`
      }
    }
  }
  return {}
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
