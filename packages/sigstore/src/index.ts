// Sigstore keyless signing for many artifacts per run: the instance to sign with, where the
// OIDC token comes from, and one signer holding one Fulcio certificate; then cosign's formats.
export { SigstoreError } from './errors.ts'
export type { SigstoreErrorCode } from './errors.ts'
export { silentLogger } from './logger.ts'
export type { Logger } from './logger.ts'
export { PUBLIC_GOOD } from './instance/instance.ts'
export type { SigstoreInstance } from './instance/instance.ts'
export { resolveInstance } from './instance/resolve-instance.ts'
export type { ResolveInstanceOptions } from './instance/resolve-instance.ts'
export { functionIdentityProvider, staticIdentityProvider } from './identity/identity-provider.ts'
export type { IdentityProvider } from './identity/identity-provider.ts'
export { createBundleSigner } from './signer/create-bundle-signer.ts'
export type { BundleSignerOptions } from './signer/create-bundle-signer.ts'
export type {
  BundleSigner,
  InTotoStatement,
  MessageDigest,
  SignedBundle,
  SigningStats
} from './signer/bundle-signer.ts'
export * from './cosign/index.ts'
export * from './files/index.ts'
export * from './verify/index.ts'
