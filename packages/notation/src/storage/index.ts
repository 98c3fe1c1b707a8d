// Where Notary Project signatures are stored: signature manifests attached to images as OCI
// referrers, and detached `.jws.sig` / `.cose.sig` files beside signed blobs.
export { attachSignatureToImage } from './signature-manifest.ts'
export type { AttachSignatureOptions } from './signature-manifest.ts'
export { blobSignaturePath, writeBlobSignature } from './blob-signature.ts'
export type { WriteBlobSignatureOptions } from './blob-signature.ts'
export { blobDescriptor } from './blob-descriptor.ts'
export type {
  BlobDescriptor,
  BlobDescriptorOptions,
  BlobDigestAlgorithm
} from './blob-descriptor.ts'
export { certificateChainPem } from './certificate-pem.ts'
export { certificateThumbprints } from './thumbprints.ts'
export {
  CREATED_ANNOTATION,
  NOTARY_SIGNATURE_ARTIFACT_TYPE,
  THUMBPRINT_ANNOTATION,
  envelopeFormatOf
} from './formats.ts'
export type { StoredEnvelope } from './formats.ts'
