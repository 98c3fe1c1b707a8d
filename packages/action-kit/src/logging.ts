import * as core from '@actions/core'

/** The logging seam domain packages accept, so they never import @actions/core. */
export interface Logger {
  /** Shown only when the run has debug logging enabled. */
  debug(message: string): void
  info(message: string): void
  /** Shown in the log and as a warning annotation on the run. */
  warning(message: string): void
}

/** A Logger that writes to the Actions log: debug and warning become workflow commands. */
export function actionsLogger(): Logger {
  return {
    debug: message => core.debug(message),
    info: message => core.info(message),
    warning: message => core.warning(message)
  }
}

/** Runs `fn` inside a collapsible log group named `name` and returns its result. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(name, fn)
}
