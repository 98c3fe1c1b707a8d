/** One stanza of a control-style file: fields in order, and where it starts (1-based line). */
export interface Stanza {
  fields: Map<string, string>
  line: number
}

/** A stanza that could not be read, and why. */
export interface StanzaProblem {
  line: number
  reason: string
}

/**
 * Splits RFC-822-like text (dpkg status, apk installed) into stanzas separated by blank lines.
 * `Key: value` (dpkg) or `K:value` (apk) fields; with `continuation`, lines starting with a space
 * or tab continue the previous field. A line that is neither makes its whole stanza a problem.
 */
export function parseStanzas(options: {
  text: string
  continuation: boolean
  /** Limits the number of stanzas read. */
  maxStanzas: number
}): { stanzas: Stanza[]; problems: StanzaProblem[] } {
  const stanzas: Stanza[] = []
  const problems: StanzaProblem[] = []
  let current: Stanza | undefined
  let broken: string | undefined
  let last: string | undefined
  const finish = (): void => {
    if (current !== undefined) {
      if (broken !== undefined) problems.push({ line: current.line, reason: broken })
      else if (current.fields.size > 0) stanzas.push(current)
    }
    current = undefined
    broken = undefined
    last = undefined
  }
  const lines = options.text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/u, '')
    if (line.trim() === '') {
      finish()
      if (stanzas.length + problems.length >= options.maxStanzas) break
      continue
    }
    current ??= { fields: new Map(), line: index + 1 }
    if (broken !== undefined) continue
    if (options.continuation && (line.startsWith(' ') || line.startsWith('\t'))) {
      if (last === undefined) {
        broken = `line ${index + 1} continues a field but no field precedes it`
        continue
      }
      current.fields.set(last, `${current.fields.get(last)}\n${line.slice(1)}`)
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) {
      broken = `line ${index + 1} is not a "key: value" field`
      continue
    }
    last = line.slice(0, colon)
    const value = line.slice(colon + 1)
    current.fields.set(last, options.continuation ? value.trim() : value)
  }
  finish()
  return { stanzas, problems }
}
