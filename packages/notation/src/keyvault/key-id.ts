import { NotationError } from '../errors.ts'

/** A Key Vault key identifier, split into the vault and the key's name and version. */
export interface KeyVaultKeyId {
  /** `https://<vault>.vault.azure.net` (or the emulator's `https://127.0.0.1:<port>`). */
  vaultUrl: string
  name: string
  /** Absent for a versionless id: the latest version is used. */
  version?: string
}

const EXPECTED = 'https://<vault-name>.vault.azure.net/keys/<key-name>[/<version>]'
// Key Vault object names: 1–127 alphanumerics and dashes; versions are 32 hex digits.
const NAME = /^[0-9A-Za-z-]{1,127}$/
const VERSION = /^[0-9A-Za-z]{1,64}$/

/** Parses `https://<vault>.vault.azure.net/keys/<name>[/<version>]`; anything else → INVALID_INPUT. */
export function parseKeyId(keyId: string): KeyVaultKeyId {
  const invalid = (why: string, cause?: unknown) =>
    new NotationError({
      code: 'INVALID_INPUT',
      message: `the key id "${keyId}" is not a Key Vault key identifier (${why}); write it as ${EXPECTED}, as shown by \`az keyvault key show --query key.kid\``,
      cause
    })
  let url: URL
  try {
    url = new URL(keyId)
  } catch (cause) {
    throw invalid('not a URL', cause)
  }
  if (url.protocol !== 'https:') throw invalid('not https')
  if (url.username || url.password || url.search || url.hash) {
    throw invalid('it carries credentials, a query or a fragment')
  }
  const [collection, name = '', version, ...rest] = url.pathname
    .replace(/\/$/, '')
    .split('/')
    .slice(1)
  if (collection !== 'keys')
    throw invalid(`the path must start with /keys/, not /${collection ?? ''}`)
  if (!NAME.test(name)) throw invalid(`"${name}" is not a key name`)
  if (rest.length > 0 || (version !== undefined && !VERSION.test(version))) {
    throw invalid('only a key name and an optional version may follow /keys/')
  }
  return { vaultUrl: url.origin, name, ...(version !== undefined && { version }) }
}

export { isManagedHsm, refuseManagedHsm } from './managed-hsm.ts'
