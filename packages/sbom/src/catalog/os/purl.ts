/**
 * Percent-encodes a purl component as syft's purl library does: everything except ASCII letters,
 * digits and `-_.~` (so `+` → `%2B`, `:` → `%3A`, `@` → `%40`).
 */
export function purlEncode(value: string): string {
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-_.~]/u.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/**
 * A package URL: `pkg:<type>/<namespace segments>/<name>@<version>?<qualifiers>`, each part encoded,
 * qualifiers sorted by key with empty values left out (syft's current output order).
 */
export function buildPurl(options: {
  type: string
  namespace?: string
  name: string
  version?: string
  qualifiers?: Record<string, string | undefined>
}): string {
  const namespace =
    options.namespace === undefined || options.namespace === ''
      ? ''
      : `${options.namespace.split('/').map(purlEncode).join('/')}/`
  const version =
    options.version === undefined || options.version === '' ? '' : `@${purlEncode(options.version)}`
  const qualifiers = Object.entries(options.qualifiers ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${purlEncode(value)}`)
    .join('&')
  return `pkg:${options.type}/${namespace}${purlEncode(options.name)}${version}${qualifiers === '' ? '' : `?${qualifiers}`}`
}
