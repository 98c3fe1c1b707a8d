// The last step before anything is printed where the Actions runner reads it (the action log, the
// CLI's output in a workflow step). The runner takes a line as a workflow command when, after its
// leading white space, it starts with `::` (or the legacy `##[`), and it ends lines at a carriage
// return as well as at a line feed. Whatever a message holds, what leaves here cannot do either.
import { escapeControls } from './escape-controls.ts'

/** A line the runner would read as a workflow command: `::name …::` or `##[name …]`. */
const COMMAND_START = /^(\s*)(::|##\[)/u

/**
 * `text` made safe to print as log lines: control characters other than line feed and tab are
 * shown escaped (`\u000d`), and every line that would start a workflow command gets a backslash
 * before it (`\::warning::…`), which the runner does not read as one. Our own messages never start
 * a line with `::`, so only outside text that slipped through unquoted is ever changed.
 */
export function safeLines(text: string): string {
  return escapeControls({ text, keepLines: true })
    .split('\n')
    .map(line => line.replace(COMMAND_START, '$1\\$2'))
    .join('\n')
}
