// Offline verification of Sigstore bundles: the pinned public-good trusted root or a custom
// trusted_root.json, then cosign's checks plus an anchored identity policy and digest mode.
export { loadTrustedRoot, publicGoodTrustedRoot } from './trusted-root.ts'
export type { LoadTrustedRootOptions, TrustedRootJSON } from './trusted-root.ts'
export { parseBundleJSON, verifyBundle } from './verify-bundle.ts'
export type {
  ParseBundleJSONOptions,
  VerifiedBundle,
  VerifyArtifact,
  VerifyBundleOptions,
  VerifyPolicy
} from './verify-bundle.ts'
export type { IdentityPolicy } from './identity-policy.ts'
