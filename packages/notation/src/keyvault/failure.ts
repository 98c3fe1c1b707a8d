import { NotationError } from '../errors.ts'

/** The Key Vault calls the signer makes, each needing one permission of the signing identity. */
export type KeyVaultOperation = 'getCertificate' | 'getSecret' | 'getKey' | 'sign'

/** One Key Vault call: which operation, on which object of which vault. */
export interface KeyVaultCall {
  operation: KeyVaultOperation
  vaultUrl: string
  name: string
  version?: string
}

const OPERATIONS: Record<
  KeyVaultOperation,
  { doing: string; kind: string; permission: string; role: string }
> = {
  getCertificate: {
    doing: 'read',
    kind: 'certificate',
    permission: 'certificates/get',
    role: 'Key Vault Certificate User'
  },
  getSecret: {
    doing: 'read the chain from',
    kind: 'secret',
    permission: 'secrets/get',
    role: 'Key Vault Secrets User'
  },
  getKey: {
    doing: 'read',
    kind: 'key',
    permission: 'keys/get',
    role: 'Key Vault Crypto User'
  },
  sign: {
    doing: 'sign with',
    kind: 'key',
    permission: 'keys/sign',
    role: 'Key Vault Crypto User'
  }
}

const CREDENTIAL_ERRORS = new Set([
  'AuthenticationError',
  'AggregateAuthenticationError',
  'AuthenticationRequiredError',
  'CredentialUnavailableError'
])

/** The HTTP status of an Azure SDK RestError, if `error` is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode
  return typeof status === 'number' ? status : undefined
}

/**
 * A KEY_VAULT_FAILED error for a failed call: the status, what was attempted and what to grant or
 * fix. Messages carry Key Vault's and Entra ID's error text, never a token.
 */
export function keyVaultFailure(options: { call: KeyVaultCall; cause: unknown }): NotationError {
  const { call, cause } = options
  const { doing, kind, permission, role } = OPERATIONS[call.operation]
  const object = `${kind} "${call.name}"${call.version ? ` version ${call.version}` : ''}`
  const status = statusOf(cause)
  const code = (cause as { code?: unknown } | null)?.code
  const text = cause instanceof Error ? cause.message : String(cause)
  const detail = [status, typeof code === 'string' ? code : undefined]
    .filter(part => part !== undefined)
    .join(' ')
    .concat(`: ${text}`)
    .replace(/^: /, '')
  const name = cause instanceof Error ? cause.name : ''
  let message: string
  if (CREDENTIAL_ERRORS.has(name) || status === 401) {
    message = `could not sign in to Key Vault ${call.vaultUrl} to ${doing} ${object} (${detail}); check the Azure credential — client id, tenant id and the app registration's federated credential for this workflow's subject — or run azure/login before this step`
  } else if (status === 403) {
    message = `Key Vault ${call.vaultUrl} refused to ${doing} ${object} (${detail}); grant the signing identity the ${permission} permission (access policy) or the "${role}" role (Azure RBAC)`
  } else if (status === 404) {
    message = `Key Vault ${call.vaultUrl} has no ${object} (${detail}); check the key id — the signer needs a Key Vault certificate of that name (its key, certificate and secret share name and version) and the ${permission} permission`
  } else {
    message = `Key Vault ${call.vaultUrl} failed to ${doing} ${object} (${detail}); the signing identity needs the ${permission} permission`
  }
  return new NotationError({ code: 'KEY_VAULT_FAILED', message, cause })
}

/** Runs one Key Vault call, turning any failure into keyVaultFailure's error. */
export async function callKeyVault<T>(options: {
  call: KeyVaultCall
  run: () => Promise<T>
}): Promise<T> {
  try {
    return await options.run()
  } catch (cause) {
    throw keyVaultFailure({ call: options.call, cause })
  }
}
