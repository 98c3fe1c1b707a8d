/** Percent-encoding as Go's `url.QueryEscape` with spaces as `%20` (what syft's purl library writes). */
function escape(segment: string): string {
  return encodeURIComponent(segment).replaceAll(
    /[!'()*]/g,
    char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/**
 * `pkg:golang/<module path>@<version>`: the module path's slashes stay separators (namespace and
 * name), each segment escaped; no `@` without a version.
 */
export function goPurl(options: { module: string; version: string }): string | undefined {
  if (options.module === '') return undefined
  const segments = options.module.split('/').filter(segment => segment !== '')
  const path = segments.map(escape).join('/')
  return `pkg:golang/${path}${options.version === '' ? '' : `@${escape(options.version)}`}`
}
