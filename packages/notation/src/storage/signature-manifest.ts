import type { ContentStore, Descriptor } from '@sign/oci'
import { NotationError } from '../errors.ts'
import {
  CREATED_ANNOTATION,
  NOTARY_SIGNATURE_ARTIFACT_TYPE,
  THUMBPRINT_ANNOTATION,
  envelopeFormatOf,
  rfc3339Seconds,
  type StoredEnvelope
} from './formats.ts'
import { certificateThumbprints } from './thumbprints.ts'

/** Options of attachSignatureToImage. */
export interface AttachSignatureOptions {
  /** The repository (or OCI layout) holding the image. */
  store: ContentStore
  /** The signed manifest, by digest: the envelope's targetArtifact. */
  subject: Descriptor
  /** The envelope (application/jose+json or application/cose). */
  envelope: StoredEnvelope
  /** The envelope's certificate chain, DER, leaf first (for the thumbprint annotation). */
  certificateChain: readonly Uint8Array[]
  /** The envelope's signing time (the `org.opencontainers.image.created` annotation). */
  signingTime: Date
  /** Always maintain the `sha256-<hex>` referrers tag, even where the referrers API works. */
  forceReferrersTag?: boolean
}

/**
 * Attaches a signature envelope to an image as notation does (notation-go `registry/
 * repository.go` PushSignature → oras PackManifest v1.1): an OCI image manifest with artifactType
 * application/vnd.cncf.notary.signature, the empty `{}` config (application/vnd.oci.empty.v1+json),
 * exactly one layer holding the envelope, the image as subject, and the annotations
 * `io.cncf.notary.x509chain.thumbprint#S256` (JSON array string of lowercase hex SHA-256 of each
 * certificate, leaf first) and `org.opencontainers.image.created` (the signing time, RFC 3339
 * UTC seconds). Through the referrers API when the registry indexes it, else the tag schema.
 * Returns the referrer manifest's descriptor.
 */
export async function attachSignatureToImage(options: AttachSignatureOptions): Promise<Descriptor> {
  const { envelope, subject, store } = options
  if (envelopeFormatOf(envelope.mediaType) === undefined) {
    throw invalid(
      `envelope media type "${envelope.mediaType}" is not a Notary Project envelope; use application/jose+json (JWS) or application/cose (COSE)`
    )
  }
  if (options.certificateChain.length === 0) {
    throw invalid('the certificate chain is empty; pass the envelope chain, leaf first')
  }
  if (Number.isNaN(options.signingTime.getTime())) {
    throw invalid('the signing time is not a valid date; pass the envelope signing time')
  }
  const annotations = {
    [THUMBPRINT_ANNOTATION]: JSON.stringify(certificateThumbprints(options.certificateChain)),
    [CREATED_ANNOTATION]: rfc3339Seconds(options.signingTime)
  }
  try {
    const { descriptor } = await store.attach({
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      artifactType: NOTARY_SIGNATURE_ARTIFACT_TYPE,
      layers: [{ mediaType: envelope.mediaType, data: envelope.bytes }],
      annotations,
      ...(options.forceReferrersTag === true && { forceTagSchema: true })
    })
    return descriptor
  } catch (cause) {
    throw new NotationError({
      code: 'STORAGE_FAILED',
      cause,
      message: `attaching the signature to ${store.location}@${subject.digest} failed: ${(cause as Error).message}; check the registry credentials allow push`
    })
  }
}

const invalid = (message: string) => new NotationError({ code: 'INVALID_INPUT', message })
