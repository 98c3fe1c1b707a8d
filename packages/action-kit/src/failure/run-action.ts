import * as core from '@actions/core'
import { safeLines } from '@sign/safe-text'
import { ConfigurationError } from './configuration-error.ts'
import { causeChain, describeThrown } from './describe-error.ts'

const INTERNAL_ERROR_HINT =
  'This is an internal error in the action, not a mistake in your workflow. To see debug logs, ' +
  're-run the job with "Enable debug logging" checked (or set the repository variable ' +
  'ACTIONS_STEP_DEBUG to true), and report the issue with those logs.'

/**
 * The one failure path of every action: runs `run`, and if it throws, fails the step with an error
 * annotation (a ConfigurationError's message and fix; for anything else its message and a hint
 * that it is an internal error and how to get debug logs), logs the `cause` chain at debug level
 * and leaves exit code 1 (core.setFailed sets process.exitCode). Never rejects.
 */
export async function runAction(run: () => Promise<void>): Promise<void> {
  try {
    await run()
  } catch (error) {
    reportFailure(error)
  }
}

function reportFailure(error: unknown): void {
  if (error instanceof ConfigurationError) {
    const text = error.fix === undefined ? error.message : `${error.message}\n${error.fix}`
    core.setFailed(safeLines(text))
  } else {
    const message = error instanceof Error ? error.message : describeThrown(error)
    core.setFailed(safeLines(`${message}\n${INTERNAL_ERROR_HINT}`))
    if (error instanceof Error && error.stack !== undefined) core.debug(safeLines(error.stack))
  }
  for (const cause of causeChain(error))
    core.debug(safeLines(`caused by: ${describeThrown(cause)}`))
}
