import type * as pkijs from 'pkijs'
import { enumerated, generalizedTime } from './asn1-block.ts'

/** How far in the future a thisUpdate may be, for clocks that disagree a little. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000

const INVALIDITY_DATE = '2.5.29.24'
const REASON_CODE = '2.5.29.21'

/** What one OCSP response or CRL said about one certificate. */
export interface SourceAnswer {
  status: 'good' | 'revoked'
  /** revocationTime (OCSP) or revocationDate (CRL). */
  revokedAt?: Date
  /** The invalidity date entry extension (RFC 5280 §5.3.2), when present. */
  invalidityDate?: Date
  /** The CRLReason name, when given. */
  revocationReason?: string
}

const REASONS = [
  'unspecified',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  undefined,
  'removeFromCRL',
  'privilegeWithdrawn',
  'aACompromise'
]

/** The RFC 5280 CRLReason name of a reason code. */
function reasonName(code: number): string {
  return REASONS[code] ?? `reason ${code}`
}

/** Options of {@link revokedAnswer}. */
export interface RevokedAnswerOptions {
  revokedAt: Date
  /** The OCSP singleExtensions or CRL entry extensions. */
  extensions: pkijs.Extension[]
  /** An OCSP revocationReason, when present; a CRL gives it as an entry extension. */
  reasonCode?: number
}

/**
 * The answer for a revoked certificate: reads the invalidity date and the reason code, and
 * refuses unknown critical extensions (RFC 5280 §5.3) by throwing.
 */
export function revokedAnswer(options: RevokedAnswerOptions): SourceAnswer {
  const answer: SourceAnswer = { status: 'revoked', revokedAt: options.revokedAt }
  let reasonCode = options.reasonCode
  for (const extension of options.extensions) {
    // Unregistered extensions: pkijs gives the decoded asn1js block as parsedValue.
    const value: unknown = extension.parsedValue
    if (extension.extnID === INVALIDITY_DATE) {
      const date = generalizedTime(value)
      if (!date) throw new Error('malformed invalidity date')
      answer.invalidityDate = date
    } else if (extension.extnID === REASON_CODE) {
      const code = enumerated(value)
      if (code === undefined) throw new Error('malformed reason code')
      reasonCode = code
    } else if (extension.critical) {
      throw new Error(`unsupported critical entry extension ${extension.extnID}`)
    }
  }
  if (reasonCode !== undefined) answer.revocationReason = reasonName(reasonCode)
  return answer
}
