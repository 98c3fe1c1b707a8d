// Workflow steps a summary offers to copy (`uses: org/sign/actions/verify@v1` with its inputs),
// every value written so that YAML reads back exactly that value.
import { escapeControls } from '@sign/safe-text'

/** A scalar YAML reads as the same string, unquoted: no indicator first, no space, no `:` last. */
const PLAIN_SCALAR = /^[A-Za-z0-9_./+=][A-Za-z0-9_./@+=:,%~-]*(?<!:)$/
/** Plain scalars YAML would read as something other than a string. */
const NOT_A_STRING =
  /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9._]*(?:e[-+]?[0-9]+)?)$/i

/** One input of a step's `with:`. */
export interface WorkflowStepInput {
  name: string
  /**
   * A single value, or the lines of a list input (written as a `|` block). Each line must be
   * one line without surrounding spaces (see {@link listInputLine}); control characters are
   * shown escaped.
   */
  value: string | readonly string[]
  /** Our own words, as a YAML comment after the value (or before a list). */
  comment?: string
}

/** Options of {@link workflowStep}. */
export interface WorkflowStepOptions {
  /** `owner/repo/path@ref` of the action. */
  uses: string
  with: readonly WorkflowStepInput[]
  /** Our own words, as YAML comments above the step, a line each. */
  comments?: readonly string[]
}

/** A step of a workflow's `steps:` list, as YAML to copy. */
export function workflowStep(options: WorkflowStepOptions): string {
  const lines = (options.comments ?? []).map(comment => `# ${oneLine(comment)}`)
  lines.push(`- uses: ${yamlScalar(options.uses)}`, '  with:')
  for (const input of options.with) {
    const comment = input.comment === undefined ? '' : `  # ${oneLine(input.comment)}`
    if (typeof input.value === 'string') {
      lines.push(`    ${input.name}: ${yamlScalar(input.value)}${comment}`)
    } else {
      lines.push(`    ${input.name}: |${comment}`)
      for (const line of input.value) lines.push(`      ${oneLine(line)}`)
    }
  }
  return lines.join('\n')
}

/** `value` as a YAML scalar: plain when YAML reads it back as that string, else double-quoted. */
export function yamlScalar(value: string): string {
  if (PLAIN_SCALAR.test(value) && !NOT_A_STRING.test(value)) return value
  // JSON's escapes are YAML's: a JSON string is a double-quoted YAML scalar.
  return escapeControls({ text: JSON.stringify(value), keepLines: false })
}

/**
 * Whether `value` can be one line of a list input (`files: |`): one line, no control
 * characters, no spaces around it (the action trims each line), not empty.
 */
export function listInputLine(value: string): boolean {
  return (
    value !== '' &&
    value.trim() === value &&
    escapeControls({ text: value, keepLines: false }) === value
  )
}

/**
 * The glob that matches exactly the file at `path` — glob characters escaped as `[*]`, as
 * @actions/glob reads them — or undefined when no line of a `files` input can name it (a line
 * break or control character, spaces around it, a leading `!` or `#`, a backslash).
 */
export function literalGlob(path: string): string | undefined {
  if (!listInputLine(path) || /^[!#]/.test(path) || path.includes('\\')) return undefined
  return path.replace(/[*?[]/g, char => `[${char}]`)
}

function oneLine(text: string): string {
  return escapeControls({ text, keepLines: false })
}
