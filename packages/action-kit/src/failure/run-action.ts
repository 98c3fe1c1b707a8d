import * as core from '@actions/core'
import { safeLines } from '@sign/safe-text'
import { ConfigurationError } from './configuration-error.ts'
import { causeChain, describeThrown } from './describe-error.ts'
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

/**
 * The one failure path of every action: runs `run`, and if it throws, fails the step with one
 * error annotation whose first line says which of the four kinds it is (see FailureKind):
 * configuration — the message (naming the input) and its fix; verification — "Verification
 * failed:" and the message; remote — "A remote service failed:", the message, the service's status
 * and code, and what to check; internal — "Internal error:", the message and the hint to report
 * it with debug logs. Logs the `cause` chain at debug level and leaves exit code 1
 * (core.setFailed sets process.exitCode). Never rejects.
 */
export async function runAction(run: () => Promise<void>): Promise<void> {
  try {
    await run()
  } catch (error) {
    reportFailure(error)
  }
}

function reportFailure(error: unknown): void {
  const kind = error instanceof ConfigurationError ? 'configuration' : failureKind({ error })
  const kinded = error as Partial<KindedError>
  switch (kind) {
    case 'configuration':
      core.setFailed(safeLines(withLine(kinded.message ?? '', kinded.fix)))
      break
    case 'verification':
      core.setFailed(safeLines(`${HEADLINES.verification}${kinded.message ?? ''}`))
      break
    case 'remote':
      core.setFailed(safeLines(remoteText({ error: kinded })))
      break
    case 'internal': {
      const message = error instanceof Error ? error.message : describeThrown(error)
      core.setFailed(safeLines(`${HEADLINES.internal}${message}\n${INTERNAL_ERROR_HINT}`))
      if (error instanceof Error && error.stack !== undefined)
        core.debug(safeLines(mappedStack({ stack: error.stack })))
      break
    }
  }
  for (const cause of causeChain(error))
    core.debug(safeLines(`caused by: ${describeThrown(cause)}`))
}

/** `text`, then `line` on its own line when there is one. */
function withLine(text: string, line: string | undefined): string {
  return line === undefined ? text : `${text}\n${line}`
}

/** The remote headline: the message, then the status and code it lacks, then what to check. */
function remoteText(options: { error: Partial<KindedError> }): string {
  const { message = '', status, serviceCode, hint } = options.error
  const answered = serviceAnswer({ message, status, serviceCode })
  const headline = `${HEADLINES.remote}${message}${answered.length > 0 ? ` (${answered.join(', ')})` : ''}`
  return withLine(headline, hint === undefined ? undefined : `Check: ${hint}`)
}
