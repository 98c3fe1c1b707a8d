import { ENVELOPE_MEDIA_TYPE, type EnvelopeFormat } from '../envelope/types.ts'

/** The artifactType of a Notary Project signature manifest (spec "OCI Signatures"). */
export const NOTARY_SIGNATURE_ARTIFACT_TYPE = 'application/vnd.cncf.notary.signature'
/** Manifest annotation: JSON array string of the chain's SHA-256 thumbprints, leaf first. */
export const THUMBPRINT_ANNOTATION = 'io.cncf.notary.x509chain.thumbprint#S256'
/** Manifest annotation: the signing time, RFC 3339 UTC with whole seconds. */
export const CREATED_ANNOTATION = 'org.opencontainers.image.created'

/** A signature envelope as stored: its bytes and their media type. */
export interface StoredEnvelope {
  bytes: Uint8Array
  mediaType: string
}

/** The format whose media type `mediaType` is, or undefined for anything else. */
export function envelopeFormatOf(mediaType: string): EnvelopeFormat | undefined {
  if (mediaType === ENVELOPE_MEDIA_TYPE.jws) return 'jws'
  if (mediaType === ENVELOPE_MEDIA_TYPE.cose) return 'cose'
  return undefined
}

/** RFC 3339 in UTC with whole seconds (`2025-01-21T09:17:46Z`), as notation writes times. */
export function rfc3339Seconds(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
