import { JobSummary } from '@sign/action-kit'
import type { VerificationReport } from '@sign/verify'

/** The job summary: one row per signature or attestation found, grouped by subject. */
export function verificationSummary(options: { report: VerificationReport }): JobSummary {
  const { report } = options
  const passed = report.subjects.filter(subject => subject.verified).length
  const summary = new JobSummary()
    .heading('Verification')
    .paragraph(
      `${report.verified ? '✅' : '❌'} ${passed} of ${report.subjects.length} subject(s) passed the policy.`
    )
  summary.table({
    header: ['Subject', 'Digest', 'Result', 'Reason'],
    rows: report.subjects.map(subject => [
      subject.subject,
      subject.digest,
      subject.verified ? 'passed' : 'FAILED',
      subject.reason ?? ''
    ])
  })
  summary.table({
    header: ['Subject', 'Found', 'Signer', 'Verdict', 'Reason'],
    rows: report.subjects.flatMap(subject =>
      subject.signatures.map(signature => [
        subject.subject,
        signature.predicateType === undefined
          ? signature.kind
          : `${signature.kind} (${signature.predicateType})`,
        [signature.identity, signature.issuer].filter(Boolean).join(' / '),
        signature.signers.length > 0
          ? `${signature.verdict} (${signature.signers.join(', ')})`
          : signature.verdict,
        [signature.reason, ...signature.warnings].filter(Boolean).join('; ')
      ])
    )
  })
  return summary
}
