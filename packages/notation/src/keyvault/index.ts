// A Notary Project signer whose key stays in Azure Key Vault (what notation-azure-kv does as a
// plugin), and the Azure credentials it signs in with.
export { keyVaultSigner } from './signer.ts'
export type { KeyVaultSignerOptions } from './signer.ts'
export { parseKeyId } from './key-id.ts'
export type { KeyVaultKeyId } from './key-id.ts'
export type { KeyVaultChainSource } from './chain-source.ts'
export type { KeyVaultClientOptions } from './clients.ts'
export { KEY_VAULT_API_VERSIONS } from './api-versions.ts'
export { KeyVaultError } from './keyvault-error.ts'
export type { AccessModel, KeyVaultProblem } from './keyvault-error.ts'
export type { KeyVaultCall, KeyVaultGrant, KeyVaultOperation } from './call.ts'
export { isManagedHsm, refuseManagedHsm } from './managed-hsm.ts'
export * from '../azure/index.ts'
