// OCI content: references, the registry client and its auth, referrers (API and tag schema),
// and the OCI image layout store. No dependency on the Actions runtime.
export * from './reference/index.ts'
export { OciError } from './errors.ts'
export type { OciErrorCode } from './errors.ts'
export type { Logger } from './logger.ts'
export type { Descriptor, ImageIndex, ImageManifest, Platform } from './descriptor.ts'
export * from './media-types.ts'
export { createTransport } from './http/transport.ts'
export { createLimiter } from './http/limiter.ts'
export type { Limiter } from './http/limiter.ts'
export type { HttpRequest, RequestStats, Transport, TransportOptions } from './http/transport.ts'
export { isRetryableError, isRetryableStatus, networkErrorCode, retryBudget } from './http/retry.ts'
export type { RetryBudget, RetryPolicy } from './http/retry.ts'
export {
  staticCredentials,
  chainCredentials,
  anonymous,
  normalizeRegistryKey
} from './auth/credentials.ts'
export type { Credentials, CredentialProvider } from './auth/credentials.ts'
export { dockerConfigCredentials, defaultDockerConfigPath } from './auth/docker-config.ts'
export { createRegistryClient } from './registry/client.ts'
export type { RegistryClient, RegistryClientOptions } from './registry/client.ts'
export type { Repository } from './registry/repository.ts'
export { blobExists, fetchBlob, streamBlob } from './registry/blobs.ts'
export { pushBlob } from './registry/upload.ts'
export { pushImage } from './registry/push-image.ts'
export type { BlobSource, PushBlobOptions, PushBlobResult } from './registry/upload.ts'
export { fetchManifest } from './registry/manifest-fetch.ts'
export type { FetchedManifest } from './registry/manifest-fetch.ts'
export { putManifest } from './registry/manifest-put.ts'
export type { PutManifestResult } from './registry/manifest-put.ts'
export { resolveManifest, manifestExists } from './registry/manifest-resolve.ts'
export { deleteManifest } from './registry/manifest-delete.ts'
export { platformManifests } from './registry/platforms.ts'
export { attachArtifact } from './referrers/attach.ts'
export type { AttachOptions } from './referrers/attach.ts'
export { listReferrers } from './referrers/list.ts'
export type { ReferrersSource } from './referrers/list.ts'
export { referrersTag, readTagIndex } from './referrers/tag-schema.ts'
export { updateTagIndex } from './referrers/tag-index-update.ts'
export type { ContentStore, AttachRequest, FetchBlobOptions } from './store.ts'
export type { ArtifactLayer, AttachResult } from './store.ts'
export { checkDescriptors, descriptorProblem } from './descriptor-check.ts'
export type { CheckDescriptorsOptions } from './descriptor-check.ts'
export { readBodyCapped, readBodyUpTo } from './http/read-body.ts'
export type { ReadBodyCappedOptions, ReadBodyUpToOptions } from './http/read-body.ts'
export {
  MAX_MANIFEST_BYTES,
  MAX_ERROR_BODY_BYTES,
  MAX_TOKEN_RESPONSE_BYTES,
  describeLimit
} from './http/body-limits.ts'
export { openRegularFile, readRegularFile, fileKind } from './fs/read-regular-file.ts'
export { hashRegularFile } from './fs/hash-regular-file.ts'
export type { HashRegularFileOptions, RegularFileDigests } from './fs/hash-regular-file.ts'
export type { OpenRegularFileOptions, ReadRegularFileOptions } from './fs/read-regular-file.ts'
export { MAX_REFERRERS, MAX_REFERRER_PAGES } from './referrers/limits.ts'
export { registryStore } from './registry/store.ts'
export { layoutStore, type LayoutStoreOptions } from './layout/store.ts'
export { writeBytesAtomic, writeFileAtomic } from './atomic-file.ts'
export { listTags } from './registry/tags.ts'
export * from './buildkit/index.ts'
