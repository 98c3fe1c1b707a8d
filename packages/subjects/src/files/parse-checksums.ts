import { quote } from '@sign/safe-text'

/** A checksums file that is not in sha256sum format; the message names the file and line. */
export class ChecksumsError extends Error {
  override name = 'ChecksumsError'
}

/** One line of a sha256sum file. */
export interface ChecksumEntry {
  /** The file name as written (unescaped). */
  name: string
  /** Lowercase hex SHA-256. */
  hex: string
  /** 1-based line number in the source. */
  line: number
}

const EXPECTED = '"<64 hex digits of sha256><space><space or *><file name>", as sha256sum writes'
const LINE = /^(\\?)([0-9a-fA-F]+) ([ *])(.+)$/

/**
 * Parses a checksums file in sha256sum format: `<64 hex><space><space or *><name>` per line (the
 * `*` marks binary mode; a leading `\` means the name has `\\` / `\n` escapes). Blank lines are
 * skipped and CRLF endings accepted. Anything else — sha512 (128 hex) lines included, since
 * cosign signs sha256 — is refused with the source, the line number and the expected form.
 */
export function parseChecksums(text: string, options: { source: string }): ChecksumEntry[] {
  const entries: ChecksumEntry[] = []
  const seen = new Map<string, number>()
  text.split('\n').forEach((raw, index) => {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (content.trim() === '') return
    const line = index + 1
    const where = `${options.source}:${line}`
    const match = LINE.exec(content)
    const [, escaped, hex, , name] = match ?? []
    if (!hex || name === undefined) {
      throw invalid(`${where}: expected ${EXPECTED}, found ${quote(shorten(content))}`)
    }
    if (hex.length === 128) {
      throw invalid(
        `${where}: this is a sha512 checksum (128 hex digits); cosign signs sha256 — list sha256 checksums (sha256sum) instead`
      )
    }
    if (hex.length !== 64) {
      throw invalid(
        `${where}: the checksum has ${hex.length} hex digits, not 64; expected ${EXPECTED}`
      )
    }
    const unescaped = escaped
      ? name.replace(/\\(\\|n)/g, (_, c: string) => (c === 'n' ? '\n' : '\\'))
      : name
    const earlier = seen.get(unescaped)
    if (earlier !== undefined) {
      throw invalid(
        `${where}: ${quote(unescaped)} is already listed on line ${earlier}; list each file once`
      )
    }
    seen.set(unescaped, line)
    entries.push({ name: unescaped, hex: hex.toLowerCase(), line })
  })
  return entries
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text)
const invalid = (message: string) => new ChecksumsError(message)
