// GitHub's artifact attestations REST API as a scripted responder on loopback, and real
// attestation bundles to upload to it, made with the loopback Sigstore stack.
export { startGithubApi, GITHUB_API_VERSIONS } from './attestations-api.ts'
export type {
  GithubApi,
  GithubApiFault,
  GithubApiOptions,
  GithubApiTokenGrant,
  RecordedGithubRequest,
  StoredGithubAttestation
} from './attestations-api.ts'
export {
  ATTESTATION_BUNDLE_MEDIA_TYPES,
  IN_TOTO_PAYLOAD_TYPE,
  checkAttestationBody
} from './bundle-checks.ts'
export type { AttestationIndex, GithubValidationError } from './bundle-checks.ts'
export { makeAttestationBundle } from './attestation-bundle.ts'
export type { AttestationBundleOptions, InTotoStatement } from './attestation-bundle.ts'
export { snappyLiterals } from './snappy.ts'
