import * as core from '@actions/core'
import { safeLines } from '@sign/safe-text'

/** The logging seam domain packages accept, so they never import @actions/core. */
export interface Logger {
  /** Shown only when the run has debug logging enabled. */
  debug(message: string): void
  info(message: string): void
  /** Shown in the log and as a warning annotation on the run. */
  warning(message: string): void
}

/**
 * A Logger that writes to the Actions log: debug and warning become workflow commands. Every
 * message passes through `safeLines` first, so text from outside the workflow that reached a
 * message unquoted still cannot start a workflow command or break a line.
 */
export function actionsLogger(): Logger {
  return {
    debug: message => core.debug(safeLines(message)),
    info: message => core.info(safeLines(message)),
    warning: message => core.warning(safeLines(message))
  }
}

/** Runs `fn` inside a collapsible log group named `name` and returns its result. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(safeLines(name), fn)
}
