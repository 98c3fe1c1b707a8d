// OCI content: references, the registry client and its auth, referrers (API and tag schema),
// and the OCI image layout store. No dependency on the Actions runtime.
export * from './reference/index.ts'
export { OciError } from './errors.ts'
export type { OciErrorCode } from './errors.ts'
export type { Logger } from './logger.ts'
export type { Descriptor, ImageIndex, ImageManifest, Platform } from './descriptor.ts'
export * from './media-types.ts'
export { createTransport } from './http/transport.ts'
export type { HttpRequest, RequestStats, Transport, TransportOptions } from './http/transport.ts'
export type { RetryPolicy } from './http/retry.ts'
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
export type { BlobSource, PushBlobOptions, PushBlobResult } from './registry/upload.ts'
export {
  fetchManifest,
  putManifest,
  resolveManifest,
  deleteManifest,
  manifestExists,
  platformManifests
} from './registry/manifests.ts'
export type { FetchedManifest, PutManifestResult } from './registry/manifests.ts'
export { attachArtifact } from './referrers/attach.ts'
export type { ArtifactLayer, AttachOptions, AttachResult } from './referrers/attach.ts'
export { listReferrers } from './referrers/list.ts'
export type { ReferrersSource } from './referrers/list.ts'
export { referrersTag, readTagIndex } from './referrers/tag-schema.ts'
export { updateTagIndex } from './referrers/tag-index-update.ts'
export type { ContentStore, AttachRequest } from './store.ts'
export { registryStore } from './registry/store.ts'
export { layoutStore, type LayoutStoreOptions } from './layout/store.ts'
