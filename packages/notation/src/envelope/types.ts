import type { TargetArtifact } from '../payload/target-artifact.ts'
import type { NotaryAlgorithm, NotarySigner } from '../signer/signer.ts'

/** The two Notary Project envelope formats. */
export type EnvelopeFormat = 'jws' | 'cose'

/** The media type of each format (signature manifest layer, blob signature file). */
export const ENVELOPE_MEDIA_TYPE = {
  jws: 'application/jose+json',
  cose: 'application/cose'
} as const

/** `application/jose+json` or `application/cose`. */
export type EnvelopeMediaType = (typeof ENVELOPE_MEDIA_TYPE)[EnvelopeFormat]

/** Options of {@link createEnvelope}. */
export interface CreateEnvelopeOptions {
  format: EnvelopeFormat
  /** The payload bytes, e.g. from targetArtifactPayload(). */
  payload: Buffer
  signer: NotarySigner
  /** Default now; kept to whole seconds. */
  signingTime?: Date
  /** When verifiers must stop accepting the signature; after signingTime. */
  expiry?: Date
  /** Informational, unsigned; default the product's SIGNING_AGENT (`sign/<version>`). */
  signingAgent?: string
}

/** A signed envelope and the media type it is stored under. */
export interface SignedEnvelope {
  bytes: Buffer
  mediaType: EnvelopeMediaType
}

/** The signed attributes of an envelope (its protected header). */
export interface SignedAttributes {
  signingScheme: string
  /** notary.x509 signing time (any RFC 3339 offset is accepted in JWS). */
  signingTime?: Date
  /** notary.x509.signingAuthority's authentic signing time. */
  authenticSigningTime?: Date
  expiry?: Date
  /** The header names marked critical. */
  crit: string[]
}

/** An envelope taken apart: what was signed, by whom, and the bytes to check the signature over. */
export interface ParsedEnvelope {
  format: EnvelopeFormat
  /** The payload bytes exactly as signed. */
  payloadBytes: Buffer
  payload: TargetArtifact
  signedAttributes: SignedAttributes
  algorithm: NotaryAlgorithm
  /** DER certificates, leaf first, as carried in x5c / x5chain. */
  certificateChain: Buffer[]
  signingAgent?: string
  /** DER RFC 3161 TimeStampToken, when the envelope carries one. */
  timestampSignature?: Buffer
  /** The JWS signing input or the COSE Sig_structure (ToBeSigned). */
  signingInput: Buffer
  signature: Buffer
  /**
   * The text-labelled entries of the protected header (signed and extended attributes, JWS
   * registered headers) with their values as decoded: what the fields above do not carry, such
   * as extended critical attributes, the verification plugin and the offsets RFC 3339 times were
   * written with.
   */
  protectedHeader: Map<string, unknown>
}
