/** The Key Vault operations the emulator serves, as counted in `requests`. */
export type VaultOperation =
  'getKey' | 'sign' | 'getCertificate' | 'getCertificatePolicy' | 'getSecret' | 'unknown'

/** A request mapped to an operation; `version` is empty for the latest version. */
export interface VaultRoute {
  operation: VaultOperation
  name: string
  version: string
}

/**
 * Maps a method and path to a Key Vault operation. The SDK writes an empty version as an empty
 * path segment (`/certificates/name/`, `/keys/name//sign`), so empty segments are kept.
 */
export function routeRequest(options: { method: string; pathname: string }): VaultRoute {
  const [collection, name = '', ...rest] = options.pathname.split('/').slice(1)
  const unknown: VaultRoute = { operation: 'unknown', name, version: '' }
  if (name === '') return unknown
  const version = rest.length === 1 ? (rest[0] ?? '') : ''
  const get = options.method === 'GET' && rest.length <= 1
  switch (collection) {
    case 'keys':
      if (get) return { operation: 'getKey', name, version }
      if (options.method === 'POST' && rest.at(-1) === 'sign' && rest.length <= 2) {
        return { operation: 'sign', name, version: rest.length === 2 ? (rest[0] ?? '') : '' }
      }
      return unknown
    case 'certificates':
      if (options.method === 'GET' && rest.length === 1 && rest[0] === 'policy') {
        return { operation: 'getCertificatePolicy', name, version: '' }
      }
      return get ? { operation: 'getCertificate', name, version } : unknown
    case 'secrets':
      return get ? { operation: 'getSecret', name, version } : unknown
    default:
      return unknown
  }
}
