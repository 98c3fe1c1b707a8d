import * as core from '@actions/core'
import { safeLines } from '@sign/safe-text'
import { ConfigurationError } from './configuration-error.ts'
import { causeChain, describeThrown } from './describe-error.ts'
import { failureSummary } from '../summary/failure-summary.ts'
import { summaryWritten, writeSummary } from '../summary/write-summary.ts'
import {
  failureKind,
  mappedStack,
  serviceAnswer,
  type FailureKind,
  type KindedError
} from '@sign/failure'

const INTERNAL_ERROR_HINT =
  'This is an internal error in the action, not a mistake in your workflow. To see debug logs, ' +
  're-run the job with "Enable debug logging" checked (or set the repository variable ' +
  'ACTIONS_STEP_DEBUG to true), and report the issue with those logs.'

/** The words that open the first line of each kind (configuration opens with the input's name). */
const HEADLINES: Record<Exclude<FailureKind, 'configuration'>, string> = {
  verification: 'Verification failed: ',
  remote: 'A remote service failed: ',
  internal: 'Internal error: '
}

/** What a step tells runAction while it runs. */
export interface StepProgress {
  /**
   * Says what the step has done so far, for the failure summary (call it before the first push
   * or write: `Signatures stored before the failure are listed in the log.`).
   */
  done(what: string): void
}

/** Options of {@link runAction}. */
export interface RunActionOptions {
  /** What the step does, as its summaries' headlines name it (`Sigstore keyless signatures`). */
  title: string
  /** What is true when the step fails before it called progress.done (`Nothing was signed.`). */
  nothingDone: string
  run: (progress: StepProgress) => Promise<void>
}

/**
 * The one failure path of every action: runs `run`, and if it throws, fails the step with one
 * error annotation whose first line says which of the four kinds it is (see FailureKind):
 * configuration — the message (naming the input) and its fix; verification — "Verification
 * failed:" and the message; remote — "A remote service failed:", the message, the service's status
 * and code, and what to check; internal — "Internal error:", the message and the hint to report
 * it with debug logs. Unless the step wrote a summary of its own (or its `show-summary` input is
 * false), it also writes a short ❌ job summary: what happened, what to do, and what was done (`nothingDone`, or what the step last
 * told progress.done). Logs the `cause` chain at debug level and leaves exit code 1
 * (core.setFailed sets process.exitCode). Never rejects.
 */
export async function runAction(options: RunActionOptions): Promise<void> {
  let done = options.nothingDone
  try {
    await options.run({ done: what => (done = what) })
  } catch (error) {
    const failure = reportFailure(error)
    const wanted = core.getInput('show-summary').trim().toLowerCase() !== 'false'
    if (wanted && !summaryWritten() && process.env['GITHUB_STEP_SUMMARY']) {
      await writeSummary(failureSummary({ title: options.title, ...failure, done })).catch(
        (cause: unknown) => core.debug(safeLines(`no failure summary: ${describeThrown(cause)}`))
      )
    }
  }
}

/** The failure as the summary shows it: its kind's words, the message and the fix. */
interface ReportedFailure {
  kind: string
  message: string
  fix?: string
}

/** Fails the step with the error's annotation, then logs its causes at debug level. */
function reportFailure(error: unknown): ReportedFailure {
  const reported = annotate(error)
  for (const cause of causeChain(error))
    core.debug(safeLines(`caused by: ${describeThrown(cause)}`))
  return reported
}

/** The error annotation of each kind (and, for an internal error, its stack at debug level). */
function annotate(error: unknown): ReportedFailure {
  const kind = error instanceof ConfigurationError ? 'configuration' : failureKind({ error })
  const kinded = error as Partial<KindedError>
  const message = kinded.message ?? describeThrown(error)
  switch (kind) {
    case 'configuration':
      core.setFailed(safeLines(withLine(message, kinded.fix)))
      return { kind: 'Configuration error', message, ...optionalFix(kinded.fix) }
    case 'verification':
      core.setFailed(safeLines(`${HEADLINES.verification}${message}`))
      return { kind: 'Verification failed', message }
    case 'remote': {
      const remote = remoteMessage({ error: kinded })
      const check = kinded.hint === undefined ? undefined : `Check: ${kinded.hint}`
      core.setFailed(safeLines(withLine(`${HEADLINES.remote}${remote}`, check)))
      return { kind: 'A remote service failed', message: remote, ...optionalFix(check) }
    }
    case 'internal': {
      const thrown = error instanceof Error ? error.message : describeThrown(error)
      core.setFailed(safeLines(`${HEADLINES.internal}${thrown}\n${INTERNAL_ERROR_HINT}`))
      if (error instanceof Error && error.stack !== undefined)
        core.debug(safeLines(mappedStack({ stack: error.stack })))
      return { kind: 'Internal error', message: thrown, fix: INTERNAL_ERROR_HINT }
    }
  }
}

const optionalFix = (fix: string | undefined): { fix?: string } =>
  fix === undefined ? {} : { fix }

/** `text`, then `line` on its own line when there is one. */
function withLine(text: string, line: string | undefined): string {
  return line === undefined ? text : `${text}\n${line}`
}

/** A remote failure's message, then the service's status and code where the message lacks them. */
function remoteMessage(options: { error: Partial<KindedError> }): string {
  const { message = '', status, serviceCode } = options.error
  const answered = serviceAnswer({ message, status, serviceCode })
  return `${message}${answered.length > 0 ? ` (${answered.join(', ')})` : ''}`
}
