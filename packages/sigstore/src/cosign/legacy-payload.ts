import { SigstoreError } from '../errors.ts'
import { SIMPLE_SIGNING_TYPE } from './formats.ts'

/** What a legacy `.sig` layer's simple-signing payload claims. */
export interface SimpleSigningClaims {
  /** `critical.identity.docker-reference`: the repository the signer named. */
  dockerReference: string
  /** `critical.image.docker-manifest-digest`: the manifest the signature is about. */
  digest: string
  /** `critical.type`: always `cosign container image signature`. */
  type: string
  /** `optional`: the `cosign sign -a` annotations (null when there were none). */
  optional: Record<string, unknown> | null
}

/** Options of {@link parseSimpleSigningPayload}. */
export interface ParseSimpleSigningOptions {
  /** The layer's bytes, exactly as signed. */
  payload: Buffer
  /** When given, the payload must name this manifest digest (cosign's SimpleClaimVerifier). */
  subjectDigest?: string
}

/**
 * Reads the simple-signing payload of a legacy cosign signature (sigstore/sigstore
 * pkg/signature/payload: `{"critical":{"identity":{"docker-reference":…},"image":
 * {"docker-manifest-digest":…},"type":"cosign container image signature"},"optional":…}`).
 * A payload that is not one is INVALID_BUNDLE; with `subjectDigest`, a payload about another
 * manifest is VERIFICATION_FAILED, as cosign verify rejects it ("invalid or missing digest in
 * claim") — a signature moved onto another image's `.sig` tag proves nothing about it.
 */
export function parseSimpleSigningPayload(options: ParseSimpleSigningOptions): SimpleSigningClaims {
  let parsed: unknown
  try {
    parsed = JSON.parse(options.payload.toString()) as unknown
  } catch (cause) {
    throw invalid(`is not JSON (${(cause as Error).message})`, cause)
  }
  const payload = parsed as {
    critical?: {
      identity?: { 'docker-reference'?: unknown }
      image?: { 'docker-manifest-digest'?: unknown }
      type?: unknown
    }
    optional?: unknown
  } | null
  const critical = payload?.critical
  if (typeof critical !== 'object' || critical === null) throw invalid('has no "critical" object')
  const type = critical.type
  if (type !== SIMPLE_SIGNING_TYPE) {
    throw invalid(`has critical.type ${JSON.stringify(type)}, not "${SIMPLE_SIGNING_TYPE}"`)
  }
  const digest = critical.image?.['docker-manifest-digest']
  if (typeof digest !== 'string' || !/^[a-z0-9]+:[0-9a-f]+$/.test(digest)) {
    throw invalid('has no critical.image.docker-manifest-digest')
  }
  const reference = critical.identity?.['docker-reference']
  const optional = payload?.optional
  const claims: SimpleSigningClaims = {
    dockerReference: typeof reference === 'string' ? reference : '',
    digest,
    type,
    optional:
      typeof optional === 'object' && optional !== null && !Array.isArray(optional)
        ? (optional as Record<string, unknown>)
        : null
  }
  if (options.subjectDigest !== undefined && digest !== options.subjectDigest) {
    throw new SigstoreError({
      code: 'VERIFICATION_FAILED',
      message: `the cosign signature payload is about ${digest}, not ${options.subjectDigest}: it does not sign this image`
    })
  }
  return claims
}

function invalid(problem: string, cause?: unknown): SigstoreError {
  return new SigstoreError({
    code: 'INVALID_BUNDLE',
    message: `the cosign simple-signing payload ${problem}; the signature cannot be read`,
    ...(cause === undefined ? {} : { cause })
  })
}
