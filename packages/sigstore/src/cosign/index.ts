// cosign's storage formats, written natively: v3 bundle referrers on images, the legacy v2
// `.sig` tag with simple-signing layers, and attestations as bundles in files or on images.
export * from './formats.ts'
export { cosignSignStatement } from './sign-statement.ts'
export type { CosignSignStatementOptions } from './sign-statement.ts'
export { attachBundleToImage } from './bundle-referrer.ts'
export type { AttachBundleOptions } from './bundle-referrer.ts'
export { simpleSigningPayload } from './simple-signing.ts'
export type { SimpleSigningOptions } from './simple-signing.ts'
export { rekorSetBundle, signatureLayerAnnotations } from './signature-layer.ts'
export { writeLegacySignature } from './legacy-signature.ts'
export type { LegacySignatureOptions, LegacySignatureResult } from './legacy-signature.ts'
export { attest } from './attest.ts'
export type { AttestOptions, AttestResult } from './attest.ts'
export { legacySignatureBundle, legacyAttestationBundle } from './legacy-bundle.ts'
export type {
  LegacyAttestationBundleOptions,
  LegacySignatureBundleOptions
} from './legacy-bundle.ts'
export { parseSimpleSigningPayload } from './legacy-payload.ts'
export type { ParseSimpleSigningOptions, SimpleSigningClaims } from './legacy-payload.ts'
export {
  BUNDLE_V01_MEDIA_TYPE,
  DSSE_ENVELOPE_MEDIA_TYPE,
  PREDICATE_TYPE_ANNOTATION,
  legacyCosignTags
} from './legacy-formats.ts'
