/** The fields of an os-release file that catalogers use. */
export interface OsRelease {
  /** `debian`, `ubuntu`, `alpine`, `rhel`… */
  id: string
  /** `12`, `3.18.4`; absent on rolling releases. */
  versionId?: string
  /** Space-separated IDs of related distributions (`debian` for Ubuntu). */
  idLike: string[]
  prettyName?: string
  /** Every field as read. */
  fields: Record<string, string>
}

/** The most bytes of os-release read (real files are under 1 KiB). */
export const MAX_OS_RELEASE_BYTES = 64 * 1024

/**
 * Parses `/etc/os-release` (shell-style `KEY=value` lines, values optionally quoted with `"` or
 * `'`, backslash escapes inside double quotes). Undefined when it names no `ID`.
 */
export function parseOsRelease(options: { text: string }): OsRelease | undefined {
  const fields: Record<string, string> = {}
  for (const raw of options.text.slice(0, MAX_OS_RELEASE_BYTES).split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/u.exec(line)
    if (match === null) continue
    fields[match[1]!] = unquote(match[2]!)
  }
  const id = fields['ID']?.toLowerCase()
  if (id === undefined || id === '') return undefined
  return {
    id,
    ...(fields['VERSION_ID'] ? { versionId: fields['VERSION_ID'] } : {}),
    idLike: (fields['ID_LIKE'] ?? '').split(/\s+/u).filter(Boolean),
    ...(fields['PRETTY_NAME'] ? { prettyName: fields['PRETTY_NAME'] } : {}),
    fields
  }
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\(["\\$`])/gu, '$1')
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1)
  return value
}

/** The `distro` purl qualifier: `<ID>-<VERSION_ID>` (or just `<ID>`). */
export function distroQualifier(release: OsRelease | undefined): string | undefined {
  if (release === undefined) return undefined
  return release.versionId === undefined ? release.id : `${release.id}-${release.versionId}`
}
