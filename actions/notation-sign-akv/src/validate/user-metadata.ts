import { ConfigurationError } from '@sign/action-kit'

const RESERVED_PREFIX = 'io.cncf.notary.'
const FIX =
  'with:\n  user-metadata: |\n    buildId=${{ github.run_id }}\n    commit=${{ github.sha }}'

/**
 * Input `user-metadata` as a map: one `key=value` per line (the value may contain `=`), keys
 * unique, outside notation's reserved `io.cncf.notary.` prefix (notation-go refuses those too).
 */
export function parseUserMetadata(lines: string[]): Record<string, string> {
  const metadata: Record<string, string> = {}
  for (const [index, line] of lines.entries()) {
    const at = line.indexOf('=')
    const key = at > 0 ? line.slice(0, at).trim() : ''
    const where = `Input 'user-metadata', line ${index + 1}`
    if (key === '') {
      throw new ConfigurationError(`${where}: "${line}" is not key=value. Write one pair a line:`, {
        fix: FIX
      })
    }
    if (key.startsWith(RESERVED_PREFIX)) {
      throw new ConfigurationError(
        `${where}: the key "${key}" uses the prefix ${RESERVED_PREFIX}, which the Notary Project ` +
          'reserves for its own annotations. Choose another key, for example:',
        { fix: FIX }
      )
    }
    if (key in metadata) {
      throw new ConfigurationError(`${where}: the key "${key}" is given twice. Keep one:`, {
        fix: FIX
      })
    }
    metadata[key] = line.slice(at + 1).trim()
  }
  return metadata
}
