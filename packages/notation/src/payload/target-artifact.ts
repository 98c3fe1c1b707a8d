import { NotationError } from '../errors.ts'

/** The media type of a Notary Project payload (JWS `cty`, COSE content type). */
export const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json'

/** Annotation keys notation reserves for itself; user metadata may not use them. */
const RESERVED_PREFIX = 'io.cncf.notary.'

/** The artifact a signature covers: an OCI descriptor, or a blob's. */
export interface TargetArtifact {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
}

/** Options of {@link targetArtifactPayload}. */
export interface TargetArtifactPayloadOptions {
  descriptor: { mediaType: string; digest: string; size: number }
  /** Key/value pairs signed with the artifact, as targetArtifact.annotations. */
  userMetadata?: Record<string, string>
}

/**
 * The payload bytes `{"targetArtifact":{mediaType,digest,size[,annotations]}}` — the fields
 * notation-go keeps (SanitizeTargetArtifact), in its struct order.
 */
export function targetArtifactPayload(options: TargetArtifactPayloadOptions): Buffer {
  const { mediaType, digest, size } = options.descriptor
  const metadata = options.userMetadata ?? {}
  const reserved = Object.keys(metadata).filter(key => key.startsWith(RESERVED_PREFIX))
  if (reserved.length > 0) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: `user metadata key ${reserved.map(key => `"${key}"`).join(', ')} uses the reserved prefix "${RESERVED_PREFIX}"; rename the key to one outside that prefix`
    })
  }
  const targetArtifact: TargetArtifact = { mediaType, digest, size }
  if (Object.keys(metadata).length > 0) targetArtifact.annotations = { ...metadata }
  return Buffer.from(JSON.stringify({ targetArtifact }))
}

const invalid = (what: string, cause?: unknown): NotationError =>
  new NotationError({
    code: 'INVALID_ENVELOPE',
    message: `the signature payload ${what}; it is not a Notary Project payload (${PAYLOAD_CONTENT_TYPE})`,
    cause
  })

/** Parses payload bytes into their targetArtifact; any field order, extra fields ignored. */
export function parseTargetArtifactPayload(payload: Buffer): TargetArtifact {
  let parsed: unknown
  try {
    parsed = JSON.parse(payload.toString('utf8'))
  } catch (error) {
    throw invalid('is not JSON', error)
  }
  const target = (parsed as { targetArtifact?: unknown } | null)?.targetArtifact
  if (typeof target !== 'object' || target === null) throw invalid('has no targetArtifact object')
  const { mediaType, digest, size, annotations } = target as Record<string, unknown>
  if (typeof mediaType !== 'string' || typeof digest !== 'string' || typeof size !== 'number') {
    throw invalid('lacks targetArtifact mediaType, digest or size')
  }
  const artifact: TargetArtifact = { mediaType, digest, size }
  if (annotations !== undefined) {
    const valid =
      typeof annotations === 'object' &&
      annotations !== null &&
      !Array.isArray(annotations) &&
      Object.values(annotations).every(value => typeof value === 'string')
    if (!valid) throw invalid('has targetArtifact annotations that are not string to string')
    artifact.annotations = { ...(annotations as Record<string, string>) }
  }
  return artifact
}
