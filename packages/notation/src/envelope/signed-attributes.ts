import {
  HEADER,
  SIGNING_SCHEME_SIGNING_AUTHORITY as SIGNING_AUTHORITY,
  SIGNING_SCHEME_X509
} from './attributes.ts'
import { invalidEnvelope } from './encoding.ts'
import type { SignedAttributes } from './types.ts'

/** Options of {@link checkSignedAttributes}: the attributes read from one protected header. */
export interface CheckSignedAttributesOptions {
  format: 'JWS' | 'COSE'
  signingScheme: unknown
  signingTime?: Date
  authenticSigningTime?: Date
  expiry?: Date
  crit: unknown
  /** Protected header names that are not standard ones (extended attributes and plugin headers). */
  extended: string[]
}

/**
 * The rules notation-core-go applies to every envelope's signed attributes: a known signing
 * scheme with exactly its time attribute, `crit` listing the signing scheme (+ expiry,
 * authenticSigningTime when present) and nothing that is absent or standard.
 */
export function checkSignedAttributes(options: CheckSignedAttributesOptions): SignedAttributes {
  const { format, signingScheme, signingTime, authenticSigningTime, expiry, crit } = options
  const fail = (what: string) => invalidEnvelope(format, what)
  if (signingScheme !== SIGNING_SCHEME_X509 && signingScheme !== SIGNING_AUTHORITY) {
    throw fail(
      `has signing scheme ${JSON.stringify(signingScheme)}, not notary.x509 or ${SIGNING_AUTHORITY}`
    )
  }
  if (signingScheme === SIGNING_SCHEME_X509 && (!signingTime || authenticSigningTime)) {
    throw fail(
      `under notary.x509 needs ${HEADER.signingTime} and no ${HEADER.authenticSigningTime}`
    )
  }
  if (signingScheme === SIGNING_AUTHORITY && (!authenticSigningTime || signingTime)) {
    throw fail(
      `under ${SIGNING_AUTHORITY} needs ${HEADER.authenticSigningTime} and no ${HEADER.signingTime}`
    )
  }
  if (!Array.isArray(crit) || crit.length === 0 || !crit.every(name => typeof name === 'string')) {
    throw fail('has no crit header listing the critical header names')
  }
  const critical: string[] = crit
  const required = [HEADER.signingScheme as string]
  if (expiry) required.push(HEADER.expiry)
  if (authenticSigningTime) required.push(HEADER.authenticSigningTime)
  const notCritical = required.filter(name => !critical.includes(name))
  if (notCritical.length > 0) {
    throw fail(`does not mark these required headers as critical: ${notCritical.join(', ')}`)
  }
  const allowed = new Set([...required, ...options.extended])
  const absent = critical.filter(name => !allowed.has(name))
  if (absent.length > 0) throw fail(`marks ${absent.join(', ')} critical but does not carry it`)
  const time = signingTime ?? authenticSigningTime
  if (expiry && time && expiry.getTime() <= time.getTime()) {
    throw fail('has an expiry that is not after its signing time')
  }
  return {
    signingScheme,
    ...(signingTime && { signingTime }),
    ...(authenticSigningTime && { authenticSigningTime }),
    ...(expiry && { expiry }),
    crit: critical
  }
}

/** Protected header names the envelope formats define (not extended attributes). */
export const STANDARD_HEADERS: ReadonlySet<string> = new Set([
  HEADER.signingScheme,
  HEADER.signingTime,
  HEADER.authenticSigningTime,
  HEADER.expiry
])
