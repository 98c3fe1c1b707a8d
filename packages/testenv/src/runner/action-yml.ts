/**
 * A reader for the `inputs:` block of an action.yml, enough to apply input defaults the way the
 * runner does. No YAML library is installed, and the runner only needs names and defaults, so
 * this reads the block-style subset action.yml files use: `inputs:` at the top level, one
 * `<name>:` mapping per input, and `default:` as a plain, 'single'- or "double"-quoted scalar or
 * a `|`/`>` block scalar (with - or + chomping). Anything else on a `default:` (flow collections,
 * multi-line plain or quoted scalars) throws, naming the line, rather than being misread.
 * Returns every declared input with its default text, or undefined when it has none.
 */
export function parseActionInputs(
  text: string,
  file = 'action.yml'
): Map<string, string | undefined> {
  const lines = text.split(/\r?\n/)
  const inputs = new Map<string, string | undefined>()
  const fail = (at: number, reason: string): Error =>
    new Error(`${file}:${at + 1}: ${reason} (this runner reads a subset of YAML)`)
  let index = lines.findIndex(line => /^inputs:\s*(?:#.*)?$/.test(line))
  if (index < 0) return inputs
  let inputIndent: number | undefined
  let keyIndent: number | undefined
  let current: string | undefined
  while (++index < lines.length) {
    const line = lines[index] ?? ''
    if (isBlankOrComment(line)) continue
    const indent = indentOf(line)
    if (indent === 0) break
    inputIndent ??= indent
    if (indent <= inputIndent) {
      const name = /^([^\s#'"{[][^:#]*):\s*(?:#.*)?$/.exec(line.trim())?.[1]
      if (indent < inputIndent || name === undefined) throw fail(index, 'expected `<input>:`')
      current = name
      keyIndent = undefined
      inputs.set(name, undefined)
      continue
    }
    keyIndent ??= indent
    const value = /^default:(.*)$/.exec(line.trim())?.[1]?.trim()
    if (indent !== keyIndent || current === undefined || value === undefined) continue
    const start = index + 1
    while (index + 1 < lines.length && isInside(lines[index + 1] ?? '', indent)) index++
    const block = /^([|>])([+-]?)\s*(?:#.*)?$/.exec(value)
    if (block) {
      inputs.set(
        current,
        blockScalar({ lines: lines.slice(start, index + 1), style: block[1], chomp: block[2] })
      )
    } else if (lines.slice(start, index + 1).some(next => !isBlankOrComment(next))) {
      throw fail(start - 1, 'multi-line default')
    } else {
      inputs.set(
        current,
        flowScalar(value, () => fail(start - 1, 'unsupported default'))
      )
    }
  }
  return inputs
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

function isBlankOrComment(line: string): boolean {
  return /^\s*(?:#.*)?$/.test(line)
}

/** Whether `line` belongs to the value of a key indented by `indent` (blank or deeper). */
function isInside(line: string, indent: number): boolean {
  return line.trim() === '' || indentOf(line) > indent
}

function flowScalar(value: string, unsupported: () => Error): string {
  const single = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(value)
  if (single) return (single[1] ?? '').replace(/''/g, "'")
  const double = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(value)
  if (double) {
    try {
      return JSON.parse(`"${double[1] ?? ''}"`) as string
    } catch {
      throw unsupported()
    }
  }
  if (/^['"[{&*!|>]/.test(value)) throw unsupported()
  return value.replace(/(?:^|\s+)#.*$/, '')
}

function blockScalar(options: { lines: string[]; style?: string; chomp?: string }): string {
  const { lines, style, chomp } = options
  const indent = Math.min(...lines.filter(line => line.trim() !== '').map(indentOf))
  const body = lines.map(line => (line.trim() === '' ? '' : line.slice(indent)))
  let trailing = 0
  while (body.at(-1) === '') {
    body.pop()
    trailing++
  }
  let text = body[0] ?? ''
  for (let at = 1; at < body.length; at++) {
    const line = body[at] ?? ''
    if (style === '|') text += `\n${line}`
    else text += line === '' ? '\n' : `${body[at - 1] === '' ? '' : ' '}${line}`
  }
  if (text === '') return ''
  if (chomp === '-') return text
  return chomp === '+' ? `${text}\n${'\n'.repeat(trailing)}` : `${text}\n`
}
