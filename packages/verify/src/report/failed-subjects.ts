import { escapeControls, plainOrQuoted } from '@sign/safe-text'
import type { SignatureReport, VerificationReport } from './types.ts'

/** One signature or attestation that did not count: what and where, and why. */
export interface FailedSignatureText {
  what: string
  reason: string
}

/** One subject that did not pass, as lines of a failure message say it. */
export interface FailedSubjectText {
  /** The subject, quoted unless plain. */
  subject: string
  reason: string
  /** Each signature found that failed or had no signer of its kind in the policy, each unsigned SBOM. */
  signatures: FailedSignatureText[]
}

/** Options of {@link failedSubjects}. */
export interface FailedSubjectsOptions {
  report: VerificationReport
}

/**
 * The subjects that did not pass, each with its reason and every signature found with why it did
 * not count — the text of a verification failure. Outside text is quoted unless plain and kept
 * to one line.
 */
export function failedSubjects(options: FailedSubjectsOptions): FailedSubjectText[] {
  return options.report.subjects
    .filter(subject => !subject.verified)
    .map(subject => ({
      subject: plainOrQuoted(subject.subject),
      reason: oneLine(subject.reason ?? 'not verified'),
      signatures: subject.signatures
        .filter(signature => ['failed', 'unverified', 'unsigned'].includes(signature.verdict))
        .map(failedSignature)
    }))
}

/** Options of {@link renderFailedSubjects}. */
export interface RenderFailedSubjectsOptions {
  report: VerificationReport
}

/** `N of M subject(s) did not pass the policy:` then a line per subject and per signature. */
export function renderFailedSubjects(options: RenderFailedSubjectsOptions): string {
  const failed = failedSubjects(options)
  const lines = [
    `${failed.length} of ${options.report.subjects.length} subject(s) did not pass the policy:`
  ]
  for (const subject of failed) {
    lines.push(`- ${subject.subject}: ${subject.reason}`)
    for (const signature of subject.signatures) {
      lines.push(`    ${signature.what}: ${signature.reason}`)
    }
  }
  return lines.join('\n')
}

function failedSignature(signature: SignatureReport): FailedSignatureText {
  const type =
    signature.predicateType === undefined ? '' : ` ${plainOrQuoted(signature.predicateType)}`
  return {
    what: `${signature.kind}${type} at ${plainOrQuoted(signature.location)} (${signature.via})`,
    reason: `${signature.verdict}${signature.reason === undefined ? '' : ` — ${oneLine(signature.reason)}`}`
  }
}

/** Our sentence, which may carry outside text: one line, controls shown escaped. */
function oneLine(text: string): string {
  return escapeControls({ text, keepLines: false })
}
