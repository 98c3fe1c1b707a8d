/**
 * CPE 2.3 strings for Go modules as syft generates them when its NVD dictionary has no entry:
 * vendor = the first path element after the host (`golang` for golang.org, `google` for
 * google.golang.org, none for gopkg.in), product = the rest of the path.
 */

/** Backslash-escapes what CPE 2.3 formatted strings require (`/`, `(`, `:` …). */
function quote(value: string): string {
  return value.replaceAll(/[^A-Za-z0-9._-]/g, char => `\\${char}`)
}

function parts(module: string): { host: string; path: string[] } {
  const [host = '', ...path] = module.split('/').filter(segment => segment !== '')
  return { host, path }
}

export function goVendor(module: string): string {
  const { host, path } = parts(module)
  if (host === 'google.golang.org') return 'google'
  if (host === 'golang.org') return 'golang'
  if (host === 'gopkg.in') return ''
  return path.length < 2 ? '' : (path[0] ?? '')
}

export function goProduct(module: string): string {
  const { host, path } = parts(module)
  if (host === 'golang.org' || host === 'gopkg.in') return path.join('/')
  if (host === 'google.golang.org') return path[0] ?? ''
  return path.length < 2 ? '' : path.slice(1).join('/')
}

/** The value, then with `-` and `_` swapped (syft's delimiter variations), without duplicates. */
function variations(value: string): string[] {
  const all = [value]
  if (value.includes('-')) all.push(value.replaceAll('-', '_'))
  if (value.includes('_')) all.push(value.replaceAll('_', '-'))
  return [...new Set(all)]
}

/** `jenkins-ci` → `jenkins`: the leading parts of a hyphenated or underscored vendor. */
function prefixes(value: string): string[] {
  const parts = value.split(/[-_]/)
  const found: string[] = []
  let length = 0
  for (const part of parts.slice(0, -1)) {
    length += part.length
    found.push(value.slice(0, length))
    length += 1
  }
  return found
}

/**
 * The generated CPEs of a module, none when vendor or product is unknown (an unknown version is `*`).
 * syft also consults its NVD dictionary (CPEs of known products), which is not reproduced.
 */
export function goModuleCpes(options: { module: string; version: string }): string[] {
  const vendor = goVendor(options.module)
  const product = goProduct(options.module)
  if (vendor === '' || product === '') return []
  // An unknown version is the CPE wildcard, as syft writes it.
  const version = options.version === '' ? '*' : quote(options.version)
  const vendors = [...new Set([...variations(vendor), ...variations(vendor).flatMap(prefixes)])]
  return vendors.flatMap(v =>
    variations(product).map(p => `cpe:2.3:a:${quote(v)}:${quote(p)}:${version}:*:*:*:*:*:*:*`)
  )
}

/** `cpe:2.3:a:golang:go:1.22.2:-:…`; a release candidate `go1.21rc2` → `…:1.21:rc2:…`. */
export function stdlibCpes(goVersion: string): string[] {
  const version = (goVersion.startsWith('go') ? goVersion.slice(2) : goVersion).split('+')[0] ?? ''
  const match = /(\d+(?:\.\d+)?(?:\.\d+)?)(\w*)/.exec(version)
  if (match?.[1] === undefined) return []
  const candidate = match[2] ?? ''
  return [`cpe:2.3:a:golang:go:${match[1]}:${candidate === '' ? '-' : candidate}:*:*:*:*:*:*`]
}
