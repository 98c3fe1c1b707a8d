import { readFileSync } from 'node:fs'
import { SourceMap, type SourceMapPayload } from 'node:module'

/** Options of {@link mappedStack}. */
export interface MappedStackOptions {
  /** An Error's `stack`. */
  stack: string
}

/** Each bundle file's map, read once, and only when a stack trace is shown. */
const maps = new Map<string, SourceMap | undefined>()

function mapOf(file: string): SourceMap | undefined {
  if (!maps.has(file)) {
    let map: SourceMap | undefined
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload)
    } catch {
      map = undefined // no map beside it (the sources themselves, or a map that will not parse)
    }
    maps.set(file, map)
  }
  return maps.get(file)
}

/** `/…/file.js:LINE:COLUMN` in a stack frame, with or without a file:// scheme. */
const FRAME_POSITION = /(?:file:\/\/)?(\/[^\s():]+\.[cm]?js):(\d+):(\d+)/g

/**
 * The stack with each position in a bundle (dist/<name>/*.js) replaced by its place in the
 * TypeScript sources (`packages/cli/src/…ts:24:11`), through the source map beside the bundle
 * file. The bundles are minified, so a position is otherwise line 1 and a large column. Maps
 * are read here, when an internal error is shown, rather than by Node at every start (which
 * costs each run about 20 MiB and a tenth of its start time). Frames without a map stay.
 */
export function mappedStack(options: MappedStackOptions): string {
  return options.stack.replace(
    FRAME_POSITION,
    (position, file: string, line: string, column: string) => {
      const entry = mapOf(file)?.findEntry(Number(line) - 1, Number(column) - 1)
      if (entry === undefined || !('originalSource' in entry)) return position
      const source = entry.originalSource.replace(/^(\.\.\/)+/, '')
      return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`
    }
  )
}
