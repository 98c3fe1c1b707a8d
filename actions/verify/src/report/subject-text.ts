import { plainOrQuoted } from '@sign/safe-text'
import type { SubjectReport } from '@sign/verify'
import { shownPath } from './shown-path.ts'

/** Options of {@link subjectText}. */
export interface SubjectTextOptions {
  subject: SubjectReport
}

/**
 * A subject in a log line or an annotation: an image as the workflow gave it, a file relative to
 * the workspace; quoted unless plain, so it is always one line of ordinary text.
 */
export function subjectText(options: SubjectTextOptions): string {
  const { subject } = options
  return plainOrQuoted(
    subject.kind === 'file' ? shownPath({ path: subject.subject }) : subject.subject
  )
}
