/** The Key Vault calls the signer makes, each needing one permission of the signing identity. */
export type KeyVaultOperation = 'getCertificate' | 'getSecret' | 'getKey' | 'sign'

/** One Key Vault call: which operation, on which object of which vault. */
export interface KeyVaultCall {
  operation: KeyVaultOperation
  vaultUrl: string
  name: string
  version?: string
}

/**
 * What one operation needs: the access-policy permission, the built-in RBAC role that grants it,
 * and the RBAC data action Key Vault names in a ForbiddenByRbac refusal.
 */
export interface KeyVaultGrant {
  /** e.g. keys/sign. */
  permission: string
  /** e.g. Key Vault Crypto User. */
  role: string
  /** e.g. Microsoft.KeyVault/vaults/keys/sign/action. */
  dataAction: string
}

/** How each operation is described in a message, and what it needs. */
export const OPERATIONS: Record<
  KeyVaultOperation,
  KeyVaultGrant & { doing: string; kind: 'certificate' | 'secret' | 'key' }
> = {
  getCertificate: {
    doing: 'read',
    kind: 'certificate',
    permission: 'certificates/get',
    role: 'Key Vault Certificate User',
    dataAction: 'Microsoft.KeyVault/vaults/certificates/read'
  },
  getSecret: {
    doing: 'read the chain from',
    kind: 'secret',
    permission: 'secrets/get',
    role: 'Key Vault Secrets User',
    dataAction: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'
  },
  getKey: {
    doing: 'read',
    kind: 'key',
    permission: 'keys/get',
    role: 'Key Vault Crypto User',
    dataAction: 'Microsoft.KeyVault/vaults/keys/read'
  },
  sign: {
    doing: 'sign with',
    kind: 'key',
    permission: 'keys/sign',
    role: 'Key Vault Crypto User',
    dataAction: 'Microsoft.KeyVault/vaults/keys/sign/action'
  }
}

/** `<kind> "<name>"[ version <version>]`, e.g. `key "release" version 0a1b…`. */
export function describeObject(call: KeyVaultCall): string {
  const { kind } = OPERATIONS[call.operation]
  return `${kind} "${call.name}"${call.version ? ` version ${call.version}` : ''}`
}

/** `<doing> <object>`, e.g. `sign with key "release" version 0a1b…`. */
export function describeCall(call: KeyVaultCall): string {
  return `${OPERATIONS[call.operation].doing} ${describeObject(call)}`
}
