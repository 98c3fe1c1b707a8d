// Characters that must never reach a log, a terminal or a summary as they are: C0 and C1 control
// characters (a carriage return or line feed starts a new runner line; ESC drives a terminal),
// DEL, the Unicode line and paragraph separators, and the bidirectional overrides and isolates
// that make text read differently from what it is.

/** Every character `escapeControls` rewrites, except line feed and tab, which callers choose. */
const UNSAFE =
  '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069'

const UNSAFE_KEEPING_LINES = new RegExp(`[${UNSAFE}]`, 'gu')
const UNSAFE_ALL = new RegExp(`[${UNSAFE}\\n\\t]`, 'gu')

/** `\uXXXX`: valid in JSON and JavaScript strings alike, so escaped JSON stays JSON. */
function escapeOne(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`
}

/** Escapes every unsafe character; line feeds and tabs too unless `keepLines`. */
export function escapeControls(options: { text: string; keepLines: boolean }): string {
  return options.text.replace(options.keepLines ? UNSAFE_KEEPING_LINES : UNSAFE_ALL, escapeOne)
}
