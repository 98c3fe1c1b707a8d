/** An annotation a step reported with ::error::, ::warning:: or ::notice::. */
export interface ActionAnnotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  /** file, line, endLine, col, endColumn, title — as given, unescaped. */
  properties: Record<string, string>
}

/** The workflow commands found in a step's output, in order. */
export interface WorkflowCommands {
  annotations: ActionAnnotation[]
  /** Values registered with ::add-mask::. */
  masks: string[]
  /** Messages of ::debug:: (which the runner shows only with debug logging). */
  debug: string[]
  /** Names of ::group:: blocks. */
  groups: string[]
}

// The runner's unescaping: these replacements in this order, %25 last (ActionCommand.cs).
const DATA_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]
const PROPERTY_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
const unescape = (text: string, escapes: [string, string][]): string =>
  escapes.reduce((result, [code, char]) => result.replaceAll(code, char), text)

/**
 * Parses workflow commands the way the runner does (ActionCommand.TryParseV2): each line (the
 * runner reads lines as .NET's ReadLine does, ending them at CR, LF or CRLF), with leading spaces
 * trimmed, of the form `::name key=value,key=value::message`; names are
 * case-insensitive; data is unescaped (%0D %0A %25) and property values too (plus %3A %2C).
 * `::stop-commands::<token>` turns parsing off until a command named `<token>` (`::<token>::`).
 * Other lines, and commands this runner does not record, are plain log.
 */
export function parseWorkflowCommands(output: string): WorkflowCommands {
  const commands: WorkflowCommands = { annotations: [], masks: [], debug: [], groups: [] }
  let stopToken: string | undefined
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart()
    const end = line.startsWith('::') ? line.indexOf('::', 2) : -1
    if (end < 0) continue
    const [name = '', propertyText = ''] = splitOnce(line.slice(2, end), ' ')
    const command = name.toLowerCase()
    if (stopToken !== undefined) {
      if (command === stopToken.toLowerCase()) stopToken = undefined
      continue
    }
    const message = unescape(line.slice(end + 2), DATA_ESCAPES)
    if (command === 'error' || command === 'warning' || command === 'notice') {
      commands.annotations.push({ level: command, message, properties: parse(propertyText) })
    } else if (command === 'add-mask') commands.masks.push(message)
    else if (command === 'debug') commands.debug.push(message)
    else if (command === 'group') commands.groups.push(message)
    else if (command === 'stop-commands' && message !== '') stopToken = message
  }
  return commands
}

function parse(propertyText: string): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const pair of propertyText.trim().split(',')) {
    const [key, value] = splitOnce(pair, '=')
    if (key && value) properties[key] = unescape(value, PROPERTY_ESCAPES)
  }
  return properties
}

function splitOnce(text: string, separator: string): [string, string?] {
  const index = text.indexOf(separator)
  return index < 0 ? [text] : [text.slice(0, index), text.slice(index + separator.length)]
}

/** The commands of a step's stdout and stderr, each parsed on its own as the runner does. */
export function parseStepOutput(output: { stdout: string; stderr: string }): WorkflowCommands {
  const out = parseWorkflowCommands(output.stdout)
  const err = parseWorkflowCommands(output.stderr)
  return {
    annotations: [...out.annotations, ...err.annotations],
    masks: [...out.masks, ...err.masks],
    debug: [...out.debug, ...err.debug],
    groups: [...out.groups, ...err.groups]
  }
}
