import type { GoBuildSetting } from './modinfo.ts'

/** Tokens longer than this are not searched for an `-X` version (they are not linker flags). */
const MAX_LDFLAGS_TOKEN = 1024

/** syft's `-X` patterns, after `(main|<module>/…)`: `…Version=`/`…Ver=`, and `…Tag=`. */
const VERSION_SUFFIXES = [
  String.raw`\.[a-zA-Z0-9]*([rR]elease)?([gG]it)?([bB]uild)?[vV]er(sion)?=(?:\S+/)?(v?\d+.\d+.\d+[-\w]*)`,
  String.raw`\.[a-zA-Z0-9]*([tT]ag)=(?:\S+/)?(v?\d+.\d+.\d+[-\w]*)`
]

/**
 * A semantic version set with `-X` in `-ldflags` for a variable of package `main` or of the main
 * module, as syft finds it (`v` prefixed), or undefined.
 */
export function versionFromLdflags(options: {
  ldflags: string
  mainModule: string
}): string | undefined {
  const tokens = options.ldflags
    .split(/[\t\n\f\r ]+/)
    .filter(token => token.length <= MAX_LDFLAGS_TOKEN)
  const module = options.mainModule.replaceAll(/[\\^$.*+?()[\]{}|]/g, match =>
    // The module path enters syft's pattern with only its slashes escaped: its dots match any character.
    match === '.' ? '.' : `\\${match}`
  )
  for (const suffix of VERSION_SUFFIXES) {
    let pattern: RegExp
    try {
      pattern = new RegExp(`(main|${module}\\/[^\\s]*)${suffix}`, 'm')
    } catch {
      continue
    }
    for (const token of tokens) {
      const match = pattern.exec(token)
      const version = match?.[match.length - 1]
      if (version !== undefined) return version.startsWith('v') ? version : `v${version}`
    }
  }
  return undefined
}

/**
 * The version syft gives a main module built as `(devel)`: from `-ldflags -X`, else a pseudo-version
 * `v0.0.0-<vcs.time>-<vcs.revision[:12]>`, else empty.
 */
export function develMainVersion(options: {
  settings: GoBuildSetting[]
  mainModule: string
}): string {
  const get = (key: string): string | undefined =>
    options.settings.find(setting => setting.key === key)?.value
  const fromLdflags = versionFromLdflags({
    ldflags: get('-ldflags') ?? '',
    mainModule: options.mainModule
  })
  if (fromLdflags !== undefined) return fromLdflags
  const revision = get('vcs.revision')
  const time = get('vcs.time')
  if (revision !== undefined && time !== undefined) {
    return `v0.0.0-${pseudoTimestamp(time)}-${revision.slice(0, 12)}`
  }
  return ''
}

/** `yyyymmddhhmmss` in UTC from an RFC 3339 time; Go's zero time when it does not parse. */
function pseudoTimestamp(rfc3339: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(rfc3339)
    ? new Date(rfc3339)
    : undefined
  if (parsed === undefined || Number.isNaN(parsed.getTime())) return '00010101000000'
  return parsed.toISOString().replaceAll(/[-:T]/g, '').slice(0, 14)
}
