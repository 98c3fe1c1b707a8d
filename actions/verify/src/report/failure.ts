import { VerificationFailure } from '@sign/action-kit'
import { failedSubjects, type VerificationReport } from '@sign/verify'

/** Options of {@link failUnverified}. */
export interface FailUnverifiedOptions {
  report: VerificationReport
}

/**
 * Fails the step (through runAction) unless every subject passed, with a VerificationFailure
 * naming each failed subject, its reason, and every signature found with why it did not count —
 * so the error annotation says it all, not only the summary and the JSON report.
 */
export function failUnverified(options: FailUnverifiedOptions): void {
  const { report } = options
  const failed = failedSubjects({ report })
  if (failed.length === 0) return
  throw new VerificationFailure({ total: report.subjects.length, failed })
}
