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

/** Options of {@link phase}. */
export interface PhaseOptions<T, R> {
  /** The log group's name. */
  name: string
  /** What the phase works on. */
  items: T[]
  run: (items: T[]) => Promise<R[]>
}

/**
 * A phase of a step over `items`, inside its log group — or, when there is nothing to work on,
 * no group at all (an empty group is a fold that shows nothing) and no result.
 */
export async function phase<T, R>(options: PhaseOptions<T, R>): Promise<R[]> {
  if (options.items.length === 0) return []
  return group(options.name, () => options.run(options.items))
}
