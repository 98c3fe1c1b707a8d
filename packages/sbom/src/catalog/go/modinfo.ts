import { GoBinaryProblem } from './problem.ts'
import { keyNeedsQuotes, quotedPrefixLength, unquoteGo, valueNeedsQuotes } from './go-quote.ts'

/** A module as a build-info line names it. */
export interface GoModule {
  path: string
  version: string
  /** The `h1:` sum, empty when absent. */
  sum: string
  /** The `=>` line that followed it. */
  replace?: GoModule
}

/** One `build` line: `key=value`, both unquoted. */
export interface GoBuildSetting {
  key: string
  value: string
}

/** The module text of a binary (`runtime/debug.BuildInfo` without the Go version). */
export interface GoModuleInfo {
  /** The main package path (`path` line). */
  path: string
  /** The main module (`mod` line); absent without one. */
  main?: GoModule
  deps: GoModule[]
  settings: GoBuildSetting[]
}

/** More lines than this is not a linker's output (a large real binary has a few hundred). */
export const MAX_MODINFO_LINES = 100_000

/**
 * Parses module text as Go's `runtime/debug.ParseBuildInfo` does: tab-separated `path`, `mod`,
 * `dep`, `=>` and `build` lines; blank and unknown lines are skipped; a malformed known line is a
 * `bad-modinfo` problem naming the line.
 */
export function parseModuleInfo(text: string): GoModuleInfo {
  const info: GoModuleInfo = { path: '', deps: [], settings: [] }
  let last: GoModule | undefined
  let lineNumber = 0
  let rest = text
  while (rest.length > 0) {
    const end = rest.indexOf('\n')
    if (end < 0) break
    const line = rest.slice(0, end)
    rest = rest.slice(end + 1)
    lineNumber++
    if (lineNumber > MAX_MODINFO_LINES) {
      throw new GoBinaryProblem(
        'bad-modinfo',
        `module text has more than ${MAX_MODINFO_LINES} lines`
      )
    }
    const fail = (why: string): never => {
      throw new GoBinaryProblem('bad-modinfo', `module text line ${lineNumber}: ${why}`)
    }
    if (line.startsWith('path\t')) {
      info.path = line.slice(5)
    } else if (line.startsWith('mod\t')) {
      info.main = moduleLine(line.slice(4).split('\t'), fail)
      last = info.main
    } else if (line.startsWith('dep\t')) {
      last = moduleLine(line.slice(4).split('\t'), fail)
      info.deps.push(last)
    } else if (line.startsWith('=>\t')) {
      const columns = line.slice(3).split('\t')
      if (columns.length !== 3) fail(`expected 3 columns for a replacement, got ${columns.length}`)
      if (last === undefined) fail('replacement with no module on the previous line')
      const [path = '', version = '', sum = ''] = columns
      if (last !== undefined) last.replace = { path, version, sum }
      last = undefined
    } else if (line.startsWith('build\t')) {
      info.settings.push(buildLine(line.slice(6), fail))
    }
  }
  return info
}

function moduleLine(columns: string[], fail: (why: string) => never): GoModule {
  if (columns.length !== 2 && columns.length !== 3) {
    fail(`expected 2 or 3 columns, got ${columns.length}`)
  }
  const [path = '', version = '', sum = ''] = columns
  return { path, version, sum }
}

function buildLine(pair: string, fail: (why: string) => never): GoBuildSetting {
  if (pair.length === 0) fail("build line missing '='")
  let key: string
  let raw: string
  if (pair[0] === '=') {
    fail('build line with missing key')
  }
  if (pair[0] === '"' || pair[0] === '`') {
    const length = quotedPrefixLength(pair)
    if (length === undefined) fail('invalid quoted key in build line')
    const keyLength = length ?? 0
    if (pair.length === keyLength) fail("build line missing '=' after quoted key")
    if (pair[keyLength] !== '=') fail('unexpected character after quoted key')
    key = unquoteGo(pair.slice(0, keyLength)) ?? ''
    raw = pair.slice(keyLength + 1)
  } else {
    const equals = pair.indexOf('=')
    if (equals < 0) fail("build line missing '=' after key")
    key = pair.slice(0, equals)
    raw = pair.slice(equals + 1)
    if (keyNeedsQuotes(key)) fail(`unquoted key ${JSON.stringify(key)} must be quoted`)
  }
  let value = raw
  if (raw[0] === '"' || raw[0] === '`') {
    const unquoted = unquoteGo(raw)
    if (unquoted === undefined) fail('invalid quoted value in build line')
    value = unquoted ?? ''
  } else if (valueNeedsQuotes(raw)) {
    fail(`unquoted value ${JSON.stringify(raw)} must be quoted`)
  }
  return { key, value }
}
