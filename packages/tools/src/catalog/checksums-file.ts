// sha256sum-format checksums files, as GoReleaser and the projects publish them.
import { ToolsError } from '../errors.ts'

/** Options of {@link parseChecksumsFile}. */
export interface ParseChecksumsFileOptions {
  /** The file's text. */
  text: string
  /** Where it came from (URL or path), named in errors. */
  source: string
}

const LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/u

/**
 * Parses `<sha256>  <file>` lines (a `*` binary marker instead of the second space is
 * tolerated; blank lines are skipped) into file name → lowercase SHA-256. A malformed line, or
 * a file listed twice with different sums, is refused with its line number (`INVALID_INPUT`).
 */
export function parseChecksumsFile(options: ParseChecksumsFileOptions): Map<string, string> {
  const sums = new Map<string, string>()
  const lines = options.text.split('\n')
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.replace(/\r$/u, '')
    if (line.trim() === '') continue
    const match = LINE.exec(line)
    const file = match?.[2]?.replace(/^\.\//u, '')
    if (match === null || file === undefined || file.trim() !== file) {
      throw malformed(options.source, index + 1, 'is not "<64 hex digits>  <file name>"')
    }
    const sha256 = match[1]!.toLowerCase()
    const previous = sums.get(file)
    if (previous !== undefined && previous !== sha256) {
      throw malformed(options.source, index + 1, `lists ${file} again with a different checksum`)
    }
    sums.set(file, sha256)
  }
  if (sums.size === 0) {
    throw new ToolsError({
      code: 'INVALID_INPUT',
      message: `Checksums file ${options.source} lists no files: expected sha256sum lines "<sha256>  <file>".`
    })
  }
  return sums
}

function malformed(source: string, line: number, why: string): ToolsError {
  return new ToolsError({
    code: 'INVALID_INPUT',
    message: `Checksums file ${source}: line ${line} ${why}; is this the release's sha256 checksums file?`
  })
}
