import type { Inline, JobSummary } from '@sign/action-kit'
import type { VerificationReport } from '@sign/verify'
import { foundAt, signatureKind, subjectName } from './summary-cells.ts'

/** Options of {@link addWarnings}. */
export interface AddWarningsOptions {
  /** The summary the warnings are added to. */
  summary: JobSummary
  report: VerificationReport
}

/**
 * Every warning, outside any fold: a tag verified instead of a digest, a subject that passed only
 * because allow-unsigned is set, a notation check that failed at an audit or permissive level.
 * Nothing when there is none.
 */
export function addWarnings(options: AddWarningsOptions): void {
  const items: Inline[] = options.report.subjects.flatMap(subject => [
    ...subject.warnings.map(warning => [subjectName({ subject }), ': ', warning]),
    ...subject.signatures.flatMap(signature =>
      signature.warnings.map(warning => [
        subjectName({ subject }),
        ' · ',
        signatureKind({ signature }),
        ' (',
        foundAt({ signature }),
        '): ',
        warning
      ])
    )
  ])
  if (items.length === 0) return
  options.summary.line({ strong: `⚠️ ${warningCount(items.length)}` }).list(items)
}

const warningCount = (count: number): string => (count === 1 ? 'Warning' : `${count} warnings`)
