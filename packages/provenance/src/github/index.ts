// GitHub's artifact attestations API: where the REST API of a GitHub server is, and storing an
// attestation's bundle there.
export { uploadAttestation, GITHUB_API_VERSION, UPLOAD_RETRY } from './upload-attestation.ts'
export type {
  UploadAttestationOptions,
  UploadRetryNotice,
  UploadRetryPolicy,
  UploadedAttestation
} from './upload-attestation.ts'
export { apiUrlFor, GITHUB_COM_API_URL } from './api-url.ts'
export type { ApiUrlForOptions } from './api-url.ts'
export { GitHubApiError } from './errors.ts'
export type { GitHubApiErrorKind, GitHubApiErrorOptions, GitHubValidationError } from './errors.ts'
