// Azure Key Vault and Entra ID emulators on loopback HTTPS, driven by the real Azure SDK clients.
export { startKeyVault } from './vault/server.ts'
export type { KeyVault, KeyVaultOptions, VaultKey, VaultRequest } from './vault/server.ts'
export type { AddKeyOptions } from './vault/store.ts'
export { KEY_VAULT_API_VERSIONS } from './vault/api-version.ts'
export type { ForbiddableOperation, ForbiddenWording } from './vault/forbidden.ts'
export type { Pkcs12Encoding } from './vault/pkcs12.ts'
export type { VaultOperation } from './vault/routes.ts'
export type { VaultErrorCode } from './vault/errors.ts'
export type { VaultSignatureAlgorithm } from './vault/sign.ts'
export { startEntraId } from './entra/server.ts'
export type { EntraId, EntraIdOperation, EntraIdOptions } from './entra/server.ts'
export { KEY_VAULT_RESOURCE } from './entra/access-token.ts'
export type { AccessTokenIssuer, MintAccessTokenOptions } from './entra/access-token.ts'
export { TOKEN_EXCHANGE_AUDIENCE } from './entra/federation.ts'
export type { FederatedCredential } from './entra/federation.ts'
export { workflowFederatedCredential } from './entra/workflow-credential.ts'
export { JWT_BEARER_ASSERTION } from './entra/token-request.ts'
export type { ClientSecret } from './entra/token-request.ts'
export {
  DEFAULT_SIGNER_SUBJECT,
  caIssuedCodeSigningChain,
  codeSigningExtensions,
  selfSignedCodeSigningChain
} from './chains.ts'
export type { CaIssuedChainOptions, CodeSigningChainOptions } from './chains.ts'
export { signDigestEcdsa } from './signing/ecdsa.ts'
export type { EcdsaCurve, SignDigestEcdsaOptions } from './signing/ecdsa.ts'
export { signDigestRsaPss } from './signing/rsa-pss.ts'
export type { PssHash, SignDigestRsaPssOptions } from './signing/rsa-pss.ts'
