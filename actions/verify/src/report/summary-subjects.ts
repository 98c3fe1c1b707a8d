import type { Inline, JobSummary } from '@sign/action-kit'
import type { SubjectReport, VerificationReport } from '@sign/verify'
import { subjectAdvice } from './advice.ts'
import { digestCell, foundAt, signatureKind, subjectName } from './summary-cells.ts'

/** Options of {@link addSubjects}. */
export interface AddSubjectsOptions {
  /** The summary the table and the reasons are added to. */
  summary: JobSummary
  report: VerificationReport
}

/**
 * One row per subject — its mark, name, digest and each requirement met or not — then, below
 * the table where long text has the whole width, why each failed subject failed: its reason, the
 * reason of each signature that failed, and what to do when that is known.
 */
export function addSubjects(options: AddSubjectsOptions): void {
  const { summary } = options
  const { subjects } = options.report
  summary.table({
    header: ['', 'Subject', 'Digest', 'Requirements'],
    rows: subjects.map(subject => [
      subjectMark({ subject }),
      subjectName({ subject }),
      digestCell({ subject }),
      requirementLines({ subject })
    ])
  })
  const failed = subjects.filter(subject => !subject.verified)
  if (failed.length === 0) return
  summary
    .line({ strong: failed.length === 1 ? 'Why it failed' : 'Why they failed' })
    .list(failed.map(subject => whyItFailed({ subject })))
}

/** ✅ passed, ⚠️ passed with a warning of its own (allow-unsigned, an audit-level failure), ❌. */
function subjectMark(options: { subject: SubjectReport }): string {
  const { subject } = options
  if (!subject.verified) return '❌'
  const warned = subject.reason !== undefined || subject.signatures.some(s => s.warnings.length > 0)
  return warned ? '⚠️' : '✅'
}

/** `✅ signature by release`, `❌ signature by akv`, a line each. */
function requirementLines(options: { subject: SubjectReport }): Inline {
  const { requirements } = options.subject
  if (requirements.length === 0) return '—'
  return requirements.flatMap((requirement, index) => [
    ...(index === 0 ? [] : [{ br: true } as const]),
    `${requirement.satisfied ? '✅' : '❌'} ${requirement.requirement}`
  ])
}

/** The subject, its reason, each failed signature's reason on a line, and the advice. */
function whyItFailed(options: { subject: SubjectReport }): Inline {
  const { subject } = options
  const advice = subjectAdvice({ subject })
  const signatures = subject.signatures.filter(signature => signature.verdict === 'failed')
  return [
    subjectName({ subject }),
    ': ',
    subject.reason ?? 'not verified',
    advice === undefined ? '' : `. ${advice}`,
    ...signatures.flatMap(signature => [
      { br: true } as const,
      '↳ ',
      signatureKind({ signature }),
      ' (',
      foundAt({ signature }),
      '): ',
      signature.reason ?? 'failed'
    ])
  ]
}
