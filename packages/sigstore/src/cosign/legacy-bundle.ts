import { createHash } from 'node:crypto'
import type { SerializedBundle } from '@sigstore/bundle'
import { SigstoreError } from '../errors.ts'
import { SIGNATURE_ANNOTATION } from './formats.ts'
import { base64Annotation, legacyVerificationMaterial } from './legacy-annotations.ts'
import { BUNDLE_V01_MEDIA_TYPE } from './legacy-formats.ts'

/** Options of {@link legacySignatureBundle}. */
export interface LegacySignatureBundleOptions {
  /** The `.sig` layer's annotations. */
  annotations: Record<string, string>
  /** The layer's bytes: the simple-signing payload that was signed. */
  payload: Buffer
}

/**
 * The Sigstore bundle equivalent to one layer of a legacy cosign `.sig` image: a message
 * signature (`dev.cosignproject.cosign/signature`) over the payload, with the certificate and
 * chain, or a public-key reference when the layer was signed with a key; the Rekor entry with
 * its signed entry timestamp; the RFC 3161 timestamp. Version 0.1, the one bundle version whose
 * tlog entries may carry only an inclusion promise, as cosign's RekorBundle does. It verifies
 * with verifyBundle and the payload as the artifact (check the payload's digest claim with
 * parseSimpleSigningPayload). A malformed annotation is INVALID_BUNDLE naming it.
 */
export function legacySignatureBundle(options: LegacySignatureBundleOptions): SerializedBundle {
  const signature = base64Annotation(options.annotations, SIGNATURE_ANNOTATION)
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: legacyVerificationMaterial(options.annotations),
    messageSignature: {
      messageDigest: {
        algorithm: 'SHA2_256',
        digest: createHash('sha256').update(options.payload).digest('base64')
      },
      signature
    }
  } as SerializedBundle
}

/** Options of {@link legacyAttestationBundle}. */
export interface LegacyAttestationBundleOptions {
  /** The `.att` layer's annotations. */
  annotations: Record<string, string>
  /** The layer's bytes: a DSSE envelope (application/vnd.dsse.envelope.v1+json). */
  envelope: Buffer
}

/**
 * The Sigstore bundle equivalent to one layer of a legacy cosign `.att` image: the layer's DSSE
 * envelope (its one signature is the attestation's; cosign leaves the signature annotation
 * empty) with the verification material of the annotations, as for legacySignatureBundle
 * (v0.1; the Rekor entry is an intoto or dsse entry). Verify it with verifyBundle and the image
 * digest as the artifact, which must be a subject of the statement. INVALID_BUNDLE when the
 * envelope or an annotation is malformed.
 */
export function legacyAttestationBundle(options: LegacyAttestationBundleOptions): SerializedBundle {
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: legacyVerificationMaterial(options.annotations),
    dsseEnvelope: dsseEnvelope(options.envelope)
  } as SerializedBundle
}

function dsseEnvelope(bytes: Buffer): SerializedBundle['dsseEnvelope'] {
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString()) as unknown
  } catch (cause) {
    throw invalidEnvelope(`is not JSON (${(cause as Error).message})`, cause)
  }
  const envelope = parsed as {
    payloadType?: unknown
    payload?: unknown
    signatures?: { keyid?: unknown; sig?: unknown }[]
  } | null
  if (typeof envelope?.payloadType !== 'string' || envelope.payloadType === '') {
    throw invalidEnvelope('has no payloadType')
  }
  if (typeof envelope.payload !== 'string' || envelope.payload === '') {
    throw invalidEnvelope('has no payload')
  }
  const signatures = envelope.signatures
  if (!Array.isArray(signatures) || signatures.length !== 1) {
    throw invalidEnvelope(
      `has ${Array.isArray(signatures) ? signatures.length : 'no'} signatures; cosign writes exactly one`
    )
  }
  const [only] = signatures
  if (typeof only?.sig !== 'string' || only.sig === '')
    throw invalidEnvelope('has an empty signature')
  return {
    payloadType: envelope.payloadType,
    payload: envelope.payload,
    signatures: [{ sig: only.sig, keyid: typeof only.keyid === 'string' ? only.keyid : '' }]
  }
}

function invalidEnvelope(problem: string, cause?: unknown): SigstoreError {
  return new SigstoreError({
    code: 'INVALID_BUNDLE',
    message: `the cosign attestation layer (a DSSE envelope) ${problem}; the attestation cannot be read`,
    ...(cause === undefined ? {} : { cause })
  })
}
