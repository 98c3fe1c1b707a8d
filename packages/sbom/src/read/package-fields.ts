import type { SbomChecksum, SbomPackageType } from '../model/types.ts'

/** Package types the model knows. */
const PACKAGE_TYPES: readonly SbomPackageType[] = [
  'go-module',
  'binary',
  'unknown',
  'file',
  'deb',
  'apk',
  'rpm',
  'npm'
]

/** purl types → model package types. */
const PURL_TYPES: Record<string, SbomPackageType> = {
  golang: 'go-module',
  deb: 'deb',
  apk: 'apk',
  rpm: 'rpm',
  npm: 'npm'
}

/** The model type named `text` (`go-module`, `deb`…), if the model knows it. */
export function knownPackageType(text: string | undefined): SbomPackageType | undefined {
  return PACKAGE_TYPES.find(type => type === text)
}

/** The type in a syft-style SPDXID `SPDXRef-Package-<type>-<name>-<id>`, if it names one. */
export function packageTypeFromSpdxId(spdxId: string): SbomPackageType | undefined {
  return PACKAGE_TYPES.find(type => spdxId.startsWith(`SPDXRef-Package-${type}-`))
}

/** The model type of a purl's type (`pkg:golang/…` → `go-module`). */
export function packageTypeFromPurl(purl: string | undefined): SbomPackageType | undefined {
  const match = purl === undefined ? null : /^pkg:([A-Za-z.+-]+)\//.exec(purl)
  return match === null ? undefined : PURL_TYPES[(match[1] ?? '').toLowerCase()]
}

/**
 * Old syft wrote `(devel)` as a Go main module's version, in the version field and in the purl
 * (`pkg:golang/…@(devel)`, not a valid purl version): both mean "unknown" and are dropped.
 */
export function withoutDevelVersion(purl: string): string {
  return purl.replace(/@(\(devel\)|%28devel%29)(?=[?#]|$)/, '')
}

const ALGORITHMS: Record<string, SbomChecksum['algorithm']> = {
  SHA1: 'SHA1',
  'SHA-1': 'SHA1',
  SHA256: 'SHA256',
  'SHA-256': 'SHA256',
  SHA384: 'SHA384',
  'SHA-384': 'SHA384',
  SHA512: 'SHA512',
  'SHA-512': 'SHA512',
  MD5: 'MD5'
}

/** A checksum in the model, if its algorithm is one the model holds and its value is hex. */
export function modelChecksum(
  algorithm: string | undefined,
  value: string | undefined
): SbomChecksum | undefined {
  const known = algorithm === undefined ? undefined : ALGORITHMS[algorithm.toUpperCase()]
  if (known === undefined || value === undefined || !/^[0-9A-Fa-f]+$/.test(value)) return undefined
  return { algorithm: known, value: value.toLowerCase() }
}

/**
 * A version as the model holds it: absent when the document says it is unknown — empty, old
 * syft's `(devel)`, or syft's `UNKNOWN` for a package whose purl has no version either.
 */
export function modelVersion(
  version: string | undefined,
  purl: string | undefined
): string | undefined {
  if (version === undefined || version === '' || version === '(devel)') return undefined
  if (version === 'UNKNOWN' && (purl === undefined || !/^pkg:[^?#]*@/.test(purl))) return undefined
  return version
}

/**
 * The SHA256 of a subject whose version is its digest (`sha256:<hex>`, as syft writes the root
 * of a file or an image), for documents that give no checksum of it.
 */
export function digestFromVersion(version: string | undefined): SbomChecksum[] {
  const match = version === undefined ? null : /^sha256:([0-9a-f]{64})$/.exec(version)
  return match === null ? [] : [{ algorithm: 'SHA256', value: match[1] ?? '' }]
}
