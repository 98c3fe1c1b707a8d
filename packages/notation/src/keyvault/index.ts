// A Notary Project signer whose key stays in Azure Key Vault (what notation-azure-kv does as a
// plugin), and the Azure credentials it signs in with.
export { keyVaultSigner } from './signer.ts'
export type { KeyVaultSignerOptions } from './signer.ts'
export { parseKeyId } from './key-id.ts'
export type { KeyVaultKeyId } from './key-id.ts'
export type { KeyVaultChainSource, KeyVaultClientOptions } from './chain-source.ts'
export * from '../azure/index.ts'
