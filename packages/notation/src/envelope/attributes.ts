import { NotationError } from '../errors.ts'

/** Header names of the Notary Project signed and unsigned attributes (JWS and COSE alike). */
export const HEADER = {
  signingScheme: 'io.cncf.notary.signingScheme',
  signingTime: 'io.cncf.notary.signingTime',
  authenticSigningTime: 'io.cncf.notary.authenticSigningTime',
  expiry: 'io.cncf.notary.expiry',
  signingAgent: 'io.cncf.notary.signingAgent',
  timestampSignature: 'io.cncf.notary.timestampSignature'
} as const

/** The signing scheme this package signs with. */
export const SIGNING_SCHEME_X509 = 'notary.x509'

/** The signing scheme of signing authorities (an authentic signing time, `signingAuthority` stores). */
export const SIGNING_SCHEME_SIGNING_AUTHORITY = 'notary.x509.signingAuthority'

/** Signing time and expiry at whole seconds, with expiry checked to come after signing time. */
export interface SigningTimes {
  signingTime: Date
  expiry?: Date
}

const wholeSeconds = (date: Date): Date => new Date(Math.floor(date.getTime() / 1000) * 1000)

/** Truncates the times to seconds (as notation-core-go does) and checks expiry > signing time. */
export function signingTimes(options: { signingTime?: Date; expiry?: Date }): SigningTimes {
  const signingTime = wholeSeconds(options.signingTime ?? new Date())
  if (Number.isNaN(signingTime.getTime())) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: 'the signing time is not a valid date'
    })
  }
  if (!options.expiry) return { signingTime }
  const expiry = wholeSeconds(options.expiry)
  if (!(expiry.getTime() > signingTime.getTime())) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: `the signature expiry ${rfc3339(options.expiry)} is not after the signing time ${rfc3339(signingTime)}; set an expiry later than the signing time, or none`
    })
  }
  return { signingTime, expiry }
}

/** RFC 3339 in UTC with seconds precision, e.g. `2025-01-21T09:17:46Z`. */
export function rfc3339(date: Date): string {
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The `crit` list notation writes for notary.x509: the signing scheme, plus expiry when set. */
export function criticalHeaders(times: SigningTimes): string[] {
  return times.expiry ? [HEADER.signingScheme, HEADER.expiry] : [HEADER.signingScheme]
}
