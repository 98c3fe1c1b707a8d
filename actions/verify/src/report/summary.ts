import { counted, JobSummary, type Verdict } from '@sign/action-kit'
import type { VerificationReport } from '@sign/verify'
import type { PolicyDescription } from './policy-description.ts'
import { addPolicyLines, addSigners } from './summary-policy.ts'
import { addSignatures } from './summary-signatures.ts'
import { addSubjects } from './summary-subjects.ts'
import { addWarnings } from './summary-warnings.ts'

/** Options of {@link verificationSummary}. */
export interface VerificationSummaryOptions {
  report: VerificationReport
  policy: PolicyDescription
  /** Where the JSON report was written. */
  reportPath: string
}

/**
 * The job summary: a headline with how many subjects passed; the policy and the report's path;
 * per subject each requirement met or not, and why a failed one failed; the warnings; every
 * signature found (who signed it, where it was, its verdict and reason) and the policy's signers
 * in folds. Every table fits the summary's width: short values, long text outside the tables.
 */
export function verificationSummary(options: VerificationSummaryOptions): JobSummary {
  const { report, policy, reportPath } = options
  const passed = report.subjects.filter(subject => subject.verified).length
  const summary = new JobSummary().headline({
    verdict: headlineVerdict({ report }),
    text: `Verification: ${passed} of ${counted(report.subjects.length, 'subject')} passed the policy`
  })
  addPolicyLines({ summary, policy, reportPath })
  addSubjects({ summary, report })
  addWarnings({ summary, report })
  addSignatures({ summary, report })
  addSigners({ summary, policy })
  return summary
}

/** Failed unless every subject passed; a warning when they passed with any warning. */
function headlineVerdict(options: { report: VerificationReport }): Verdict {
  const { report } = options
  if (!report.verified) return 'failed'
  const warned = report.subjects.some(
    subject => subject.warnings.length > 0 || subject.signatures.some(s => s.warnings.length > 0)
  )
  return warned ? 'warning' : 'passed'
}
