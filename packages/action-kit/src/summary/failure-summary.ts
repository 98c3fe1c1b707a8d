import { JobSummary } from './job-summary.ts'

/** Options of {@link failureSummary}. */
export interface FailureSummaryOptions {
  /** What the step does, as its headline names it (`Sigstore keyless signatures`). */
  title: string
  /** The kind's words (`Configuration error`, `A remote service failed`, …). */
  kind: string
  /** The error's message: what happened. */
  message: string
  /** What to do about it, when known. */
  fix?: string
  /** What the step had done, or not done, when it stopped (`Nothing was signed or pushed.`). */
  done: string
}

/**
 * The short summary of a failed step, as docker/build-push-action writes one: a ❌ headline, what
 * happened (the first line of the error), what to do, and what was or was not done — the whole
 * error stays in the annotation and the log.
 */
export function failureSummary(options: FailureSummaryOptions): JobSummary {
  const [first = '', ...rest] = options.message.split('\n')
  const summary = new JobSummary()
    .headline({ verdict: 'failed', text: `${options.title}: failed` })
    .line([{ strong: `${options.kind}:` }, ' ', first])
  if (rest.length > 0) {
    summary.details({
      label: 'The whole message',
      body: new JobSummary().code({ text: rest.join('\n') })
    })
  }
  if (options.fix !== undefined) {
    // A fix of several lines is something to write or run (YAML, a command): a block to copy.
    if (options.fix.includes('\n')) {
      summary.line({ strong: 'What to do:' }).code({ text: options.fix })
    } else {
      summary.line([{ strong: 'What to do:' }, ' ', options.fix])
    }
  }
  return summary.line(options.done)
}
