import type { Logger } from '@sign/action-kit'
import { escapeControls } from '@sign/safe-text'
import type { SubjectReport } from '@sign/verify'
import { subjectText } from './subject-text.ts'

/** Options of {@link warnSubject}. */
export interface WarnSubjectOptions {
  subject: SubjectReport
  logger: Logger
}

/**
 * Each warning of a subject as a warning annotation naming it: a subject passed only because
 * allow-unsigned is set, a notation check that failed at an audit or permissive level, a tag
 * verified instead of a digest.
 */
export function warnSubject(options: WarnSubjectOptions): void {
  const { subject, logger } = options
  const warnings = [...subject.warnings, ...subject.signatures.flatMap(s => s.warnings)]
  for (const warning of warnings) {
    logger.warning(
      `${subjectText({ subject })}: ${escapeControls({ text: warning, keepLines: false })}`
    )
  }
}
