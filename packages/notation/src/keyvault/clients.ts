import type { TokenCredential } from '@azure/identity'
import { CertificateClient } from '@azure/keyvault-certificates'
import { KeyClient, type CryptographyClient } from '@azure/keyvault-keys'
import { SecretClient } from '@azure/keyvault-secrets'
import { KEY_VAULT_API_VERSIONS } from './api-versions.ts'

/** Options every Key Vault client gets; the emulator needs disableChallengeResourceVerification. */
export interface KeyVaultClientOptions {
  disableChallengeResourceVerification?: boolean
}

/**
 * The SDK clients of one vault, each made on first use and then reused, all on the pinned
 * api-versions. Signing goes through the KeyClient's pipeline, so reading the key and signing
 * share one bearer challenge and one token.
 */
export interface VaultClients {
  vaultUrl: string
  certificates(): CertificateClient
  secrets(): SecretClient
  keys(): KeyClient
  /** A CryptographyClient for one key of this vault, on the KeyClient's pipeline. */
  cryptography(key: { name: string; version?: string }): CryptographyClient
}

/** Options of {@link vaultClients}. */
export interface VaultClientsOptions {
  vaultUrl: string
  credential: TokenCredential
  clientOptions: KeyVaultClientOptions
}

/** The clients of `vaultUrl` (see VaultClients). */
export function vaultClients(options: VaultClientsOptions): VaultClients {
  const { vaultUrl, credential, clientOptions } = options
  const once = <T>(make: () => T): (() => T) => {
    let made: T | undefined
    return () => (made ??= make())
  }
  const { keys, certificates, secrets } = KEY_VAULT_API_VERSIONS
  const keyClient = once(
    () => new KeyClient(vaultUrl, credential, { ...clientOptions, serviceVersion: keys })
  )
  return {
    vaultUrl,
    certificates: once(
      () =>
        new CertificateClient(vaultUrl, credential, {
          ...clientOptions,
          serviceVersion: certificates
        })
    ),
    secrets: once(
      () => new SecretClient(vaultUrl, credential, { ...clientOptions, serviceVersion: secrets })
    ),
    keys: keyClient,
    cryptography: key =>
      keyClient().getCryptographyClient(key.name, {
        ...(key.version !== undefined && { keyVersion: key.version })
      })
  }
}
