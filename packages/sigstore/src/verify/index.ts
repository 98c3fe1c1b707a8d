// Offline verification of Sigstore bundles: the pinned public-good root, a trusted_root.json or
// one fetched through TUF, then cosign's checks plus an anchored identity policy, certificate
// claims (GitHub workflow, Fulcio extensions), predicate type and digest mode.
export { loadTrustedRoot, publicGoodTrustedRoot } from './trusted-root.ts'
export type { LoadTrustedRootOptions, TrustedRootJSON } from './trusted-root.ts'
export { loadTrustedRootFromTuf } from './tuf-trusted-root.ts'
export type { LoadTrustedRootFromTufOptions } from './tuf-trusted-root.ts'
export { parseBundleJSON, verifyBundle } from './verify-bundle.ts'
export type {
  ParseBundleJSONOptions,
  VerifiedBundle,
  VerifyArtifact,
  VerifyBundleOptions,
  VerifyPolicy
} from './verify-bundle.ts'
export type { IdentityPolicy } from './identity-policy.ts'
export type { ClaimsPolicy } from './claims-policy.ts'
export type {
  FulcioExtensionName,
  GithubWorkflowClaim,
  GithubWorkflowClaims
} from './certificate-claims.ts'
