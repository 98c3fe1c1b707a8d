// The one way text from outside the workflow (file names, archive entries, registry responses,
// manifest fields) is put into a message: quoted, with every control character escaped, so it can
// neither end the line it is on nor look like part of our own words.
import { escapeControls } from './escape-controls.ts'

/** The longest stretch of outside text shown; the rest is counted, not printed. */
export const MAX_QUOTED_LENGTH = 512

/**
 * `value` as a double-quoted string, JSON-style: quotes and backslashes escaped, line breaks and
 * every other control, separator or bidirectional-override character as `\uXXXX` (or `\n`, `\t`).
 * Longer text is cut at {@link MAX_QUOTED_LENGTH} characters with the number left out.
 */
export function quote(value: string): string {
  const characters = [...value]
  const shown = characters.slice(0, MAX_QUOTED_LENGTH).join('')
  const rest = characters.length - MAX_QUOTED_LENGTH
  const json = escapeControls({ text: JSON.stringify(shown), keepLines: false })
  return rest > 0 ? `${json}… (${rest} more characters)` : json
}

/** Printable ASCII without quotes or backslashes, not starting with a command marker. */
const PLAIN = /^(?![:#])[\x20-\x21\x23-\x5b\x5d-\x7e]+$/u

/**
 * `value` as it is when it is plain printable ASCII (a digest, a URL, a path without surprises),
 * else {@link quote}d: for values that are usually plain but come from outside, so the common
 * case reads cleanly and anything unusual is visibly quoted.
 */
export function plainOrQuoted(value: string): string {
  return PLAIN.test(value) && value.length <= MAX_QUOTED_LENGTH && value.trim() === value
    ? value
    : quote(value)
}
