import * as core from '@actions/core'
import { safeLines } from '@sign/safe-text'

/** Options of {@link errorAnnotation}. */
export interface ErrorAnnotationOptions {
  /** What failed and why; may span lines (the annotation shows them all). */
  message: string
  /** The annotation's bold first line, shown instead of the job's name. */
  title?: string
}

/**
 * An error annotation on the run that does not fail the step by itself (runAction does that
 * once): for each of several things that failed, such as every subject that did not pass a
 * policy. The message and the title pass through `safeLines` first, so text from outside the
 * workflow cannot start a workflow command or break out of the annotation.
 */
export function errorAnnotation(options: ErrorAnnotationOptions): void {
  core.error(
    safeLines(options.message),
    options.title === undefined ? {} : { title: safeLines(options.title) }
  )
}
