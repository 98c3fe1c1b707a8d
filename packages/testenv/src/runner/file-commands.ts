/**
 * Reads a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file as the runner does: `NAME=value` lines
 * and `NAME<<DELIMITER` heredocs (lines up to a line equal to DELIMITER, joined with \n), blank
 * lines skipped, later entries winning. Throws, as the runner fails the step, on a malformed
 * line or a heredoc without its closing delimiter; `file` names the file in the message.
 */
export function parseKeyValueFile(options: { text: string; file: string }): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = options.text.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line === '') continue
    const equals = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals)
      if (name === '') throw new Error(`${options.file}: invalid line ${index + 1}: no name`)
      values[name] = line.slice(equals + 1)
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      if (name === '' || delimiter === '') {
        throw new Error(`${options.file}: invalid heredoc on line ${index + 1}`)
      }
      const end = lines.indexOf(delimiter, index + 1)
      if (end < 0) {
        throw new Error(`${options.file}: no closing delimiter for '${name}' (line ${index + 1})`)
      }
      values[name] = lines.slice(index + 1, end).join('\n')
      index = end
    } else {
      throw new Error(
        `${options.file}: invalid line ${index + 1}: neither NAME=value nor NAME<<EOF`
      )
    }
  }
  return values
}

/** Reads a GITHUB_PATH file: one directory a line, blank lines skipped, in the order added. */
export function parsePathFile(text: string): string[] {
  return text.split(/\r?\n/).filter(line => line.trim() !== '')
}
