// Commands a summary offers to copy (`cosign verify …`), every word quoted for the shell, so a
// file name or reference from outside is one argument whatever it holds: single quotes as POSIX
// shells read them, and bash's `$'…'` (also zsh's and ksh's) for a word holding a control character.

/** Words a shell reads as they are: nothing to quote. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/

/** Characters `'…'` cannot show: controls, separators and bidirectional marks. */
const UNSAFE_CHARACTERS =
  '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069'
const UNSAFE = new RegExp(`[${UNSAFE_CHARACTERS}]`, 'u')

/** Backslash escapes of bash's `$'…'` for the common controls. */
const ESCAPES: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' }

/**
 * `word` as one shell word: as it is when plain, else in single quotes, or, when it holds a
 * control character, in bash's `$'…'` with that character escaped (`$'a\nb'`), so what is shown
 * is visible and names exactly the same argument.
 */
export function shellWord(word: string): string {
  if (PLAIN_WORD.test(word)) return word
  if (!UNSAFE.test(word)) return `'${word.replaceAll("'", "'\\''")}'`
  const escaped = [...word]
    .map(char => {
      if (char === '\\' || char === "'") return `\\${char}`
      if (!UNSAFE.test(char)) return char
      const code = char.codePointAt(0) ?? 0
      return ESCAPES[char] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`)
    })
    .join('')
  return `$'${escaped}'`
}

const hex = (code: number, digits: number): string => code.toString(16).padStart(digits, '0')

/** Options of {@link shellCommand}. */
export interface ShellCommandOptions {
  /**
   * The command's words, a list per line: `[['cosign', 'verify'], ['--certificate-identity',
   * identity], [image]]`. Lines after the first are indented and continued with ` \`.
   */
  lines: readonly (readonly string[])[]
}

/** A command to copy into a shell: each word quoted as it needs, long commands over lines. */
export function shellCommand(options: ShellCommandOptions): string {
  return options.lines
    .filter(words => words.length > 0)
    .map(words => words.map(shellWord).join(' '))
    .join(' \\\n  ')
}
