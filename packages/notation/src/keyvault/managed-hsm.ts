import { KeyVaultError } from './keyvault-error.ts'
import type { KeyVaultKeyId } from './key-id.ts'

// The DNS suffixes of Managed HSM in the public and sovereign clouds.
const MANAGED_HSM_SUFFIXES = [
  '.managedhsm.azure.net',
  '.managedhsm.azure.cn',
  '.managedhsm.usgovcloudapi.net'
]

/** Whether `vaultUrl` is a Managed HSM (`https://<name>.managedhsm.azure.net`). */
export function isManagedHsm(vaultUrl: string): boolean {
  const host = new URL(vaultUrl).hostname.toLowerCase()
  return MANAGED_HSM_SUFFIXES.some(suffix => host.endsWith(suffix))
}

/**
 * Refuses a Managed HSM key id before anything is asked: a Managed HSM has keys but no
 * certificates or secrets API, so there is no certificate beside its key to read the chain from,
 * and notation-azure-kv's key-and-certificate pairing (one name, one version) cannot hold.
 */
export function refuseManagedHsm(options: { id: KeyVaultKeyId }): void {
  const { id } = options
  if (!isManagedHsm(id.vaultUrl)) return
  throw new KeyVaultError({
    problem: 'managed-hsm',
    code: 'INVALID_INPUT',
    message: `the key id ${id.vaultUrl}/keys/${id.name} is a Managed HSM key: a Managed HSM has no certificates or secrets API, so the signing certificate cannot be read beside its key, and a certificate from a Key Vault names a Key Vault key, not this one. Create the certificate in a Key Vault (Premium, with an RSA-HSM or EC-HSM key, for a key held in an HSM) and sign with the key id of that certificate, https://<vault-name>.vault.azure.net/keys/<certificate-name>`
  })
}
