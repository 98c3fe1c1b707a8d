import { counted, errorAnnotation } from '@sign/action-kit'
import { plainOrQuoted } from '@sign/safe-text'
import { failedSubjects, type VerificationReport } from '@sign/verify'
import { subjectAdvice } from './advice.ts'
import { policyName } from './log-lines.ts'
import type { PolicyDescription } from './policy-description.ts'
import { subjectText } from './subject-text.ts'

/** How many failed subjects the step's one failure names before `and N more`. */
const NAMED = 5

/**
 * Subjects that did not pass: a verification failure (runAction reads `kind`), whose message says
 * how many and which — each one's reason is in its own annotation, not repeated here.
 */
export class SubjectsNotVerified extends Error {
  override name = 'SubjectsNotVerified'
  readonly kind = 'verification'
}

/** Options of {@link annotateFailedSubjects}. */
export interface AnnotateFailedSubjectsOptions {
  report: VerificationReport
}

/**
 * One error annotation per subject that did not pass: the subject, its reason, what to do when
 * that is known, and a line per signature that failed with why.
 */
export function annotateFailedSubjects(options: AnnotateFailedSubjectsOptions): void {
  const { report } = options
  const failed = report.subjects.filter(subject => !subject.verified)
  for (const [index, text] of failedSubjects({ report }).entries()) {
    const subject = failed[index]
    if (subject === undefined) continue
    const advice = subjectAdvice({ subject })
    errorAnnotation({
      message: [
        `${subjectText({ subject })} did not pass the policy: ${text.reason}${advice === undefined ? '' : `. ${advice}`}`,
        // A reason starts with its verdict: only the signatures that failed and the SBOMs not
        // signed, not those unchecked.
        ...text.signatures
          .filter(
            signature =>
              signature.reason.startsWith('failed') || signature.reason.startsWith('unsigned')
          )
          .map(signature => `  ${signature.what}: ${signature.reason}`)
      ].join('\n')
    })
  }
}

/** Options of {@link failUnverified}. */
export interface FailUnverifiedOptions {
  report: VerificationReport
  policy: PolicyDescription
  reportPath: string
  /** Whether the job summary was written (it lists every signature found). */
  showSummary: boolean
}

/**
 * Fails the step (through runAction) unless every subject passed, naming how many of how many
 * and which, and where the rest is: each subject's annotation, the report and the summary.
 */
export function failUnverified(options: FailUnverifiedOptions): void {
  const { report, policy, reportPath, showSummary } = options
  const failed = report.subjects.filter(subject => !subject.verified)
  if (failed.length === 0) return
  const named = failed.slice(0, NAMED).map(subject => subjectText({ subject }))
  const more = failed.length > NAMED ? ` and ${failed.length - NAMED} more` : ''
  const path = plainOrQuoted(reportPath)
  const where = showSummary
    ? `The job summary and the report ${path} show`
    : `The report ${path} shows`
  throw new SubjectsNotVerified(
    `${failed.length} of ${counted(report.subjects.length, 'subject')} did not pass ` +
      `${policyName({ policy })}: ${named.join(', ')}${more}. Each one's reason is in its own ` +
      `annotation. ${where} every signature found.`
  )
}
