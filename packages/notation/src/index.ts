// Notary Project signatures: payloads, JWS and COSE envelopes, certificate rules, signers
// (local PEM key, Azure Key Vault) and where signatures are stored.
export { NotationError } from './errors.ts'
export type { CertificateRule, NotationErrorCode } from './errors.ts'
export { silentLogger } from './logger.ts'
export type { Logger } from './logger.ts'
export type { NotaryAlgorithm, NotarySigner } from './signer/signer.ts'
export { HASH_OF, algorithmForCertificate } from './signer/algorithm.ts'
export { pemSigner } from './signer/pem-signer.ts'
export type { PemSignerOptions } from './signer/pem-signer.ts'
export {
  PAYLOAD_CONTENT_TYPE,
  parseTargetArtifactPayload,
  targetArtifactPayload
} from './payload/target-artifact.ts'
export type { TargetArtifact, TargetArtifactPayloadOptions } from './payload/target-artifact.ts'
export { createEnvelope, parseEnvelope } from './envelope/envelope.ts'
export { SIGNING_AGENT } from '@sign/product'
export { verifyEnvelopeIntegrity } from './envelope/integrity.ts'
export { ENVELOPE_MEDIA_TYPE } from './envelope/types.ts'
export type {
  CreateEnvelopeOptions,
  EnvelopeFormat,
  EnvelopeMediaType,
  ParsedEnvelope,
  SignedAttributes,
  SignedEnvelope
} from './envelope/types.ts'
export { validateSigningChain } from './certificate/signing-chain.ts'
export type { ValidateSigningChainOptions } from './certificate/signing-chain.ts'
export { orderChain } from './certificate/order-chain.ts'
export { certificatesFromPem } from './certificate/pem.ts'
export type { CertificatesFromPemOptions } from './certificate/pem.ts'
export * from './keyvault/index.ts'
export * from './storage/index.ts'
export * from './trust-policy/index.ts'
export * from './trust-store/index.ts'
export * from './revocation/index.ts'
export * from './verify/index.ts'
export * from './timestamp/index.ts'
