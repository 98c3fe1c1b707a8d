// A step's log as GitHub's log viewer shows it without debug logging: the folded groups and what
// stays unfolded after the last one — for tests of the result lines and of empty groups.

/** One log group as the viewer shows it: its name and its visible lines. */
export interface LogGroup {
  name: string
  lines: string[]
}

/** A step's log as a reader meets it: the folded groups, then what stays unfolded after them. */
export interface LogShape {
  groups: LogGroup[]
  /** Lines after the last `::endgroup::` a reader sees: plain lines and ::error/::warning ones. */
  after: string[]
}

/** Commands the viewer does not show as lines without debug logging. */
const HIDDEN = /^\s*::(debug|add-mask)::/u

/**
 * The groups of `log` and the lines after the last group. A group's lines are the ones it shows:
 * plain lines and annotations (`::warning::`, `::error::`, `::notice::`); debug lines and masks
 * are left out, as the runner shows neither without debug logging.
 */
export function logShape(log: string): LogShape {
  const groups: LogGroup[] = []
  let current: LogGroup | undefined
  let after: string[] = []
  for (const line of log.split(/\r?\n/u)) {
    if (line.startsWith('::group::')) {
      current = { name: line.slice('::group::'.length), lines: [] }
      groups.push(current)
    } else if (line.startsWith('::endgroup::')) {
      current = undefined
      after = []
    } else if (line === '' || HIDDEN.test(line)) {
      continue
    } else if (current !== undefined) {
      current.lines.push(line)
    } else {
      after.push(line)
    }
  }
  return { groups, after }
}

/** The log's visible lines after its last `::endgroup::` (every line when it has none). */
export function linesAfterGroups(log: string): string[] {
  return logShape(log).after
}

/** The names of the groups that show nothing. */
export function emptyGroups(log: string): string[] {
  return logShape(log)
    .groups.filter(group => group.lines.length === 0)
    .map(group => group.name)
}
