// Discovery: every signature and attestation of an image (registry or OCI layout: referrers,
// cosign's legacy tags) and of a release file, read far enough to verify, never verified here.
export { discoverSignatures } from './discover-signatures.ts'
export type { DiscoverSignaturesOptions } from './discover-signatures.ts'
export { discoverFileSignatures, FILE_SIGNATURE_SUFFIXES } from './discover-file-signatures.ts'
export type { DiscoverFileSignaturesOptions } from './discover-file-signatures.ts'
export { readFileSignature } from './read-file-signature.ts'
export type { ReadFileSignatureOptions } from './read-file-signature.ts'
export { DiscoveryError } from './errors.ts'
export type { DiscoveryErrorCode } from './errors.ts'
export { MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES, MAX_LEGACY_LAYERS } from './limits.ts'
export type * from './types.ts'
export type * from './file-types.ts'
