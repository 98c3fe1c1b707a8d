import type { ContentStore, Descriptor } from '@sign/oci'
import { EMPTY_CONFIG_BYTES, OCI_EMPTY } from '@sign/oci'
import { SigstoreError } from '../errors.ts'
import type { SignedBundle } from '../signer/bundle-signer.ts'
import {
  BUNDLE_CONTENT_ANNOTATION,
  BUNDLE_PREDICATE_TYPE_ANNOTATION,
  BUNDLE_V03_MEDIA_TYPE,
  CREATED_ANNOTATION,
  IN_TOTO_PAYLOAD_TYPE
} from './formats.ts'

/** Options of attachBundleToImage. */
export interface AttachBundleOptions {
  /** The repository (or OCI layout) holding the image. */
  store: ContentStore
  /** The image manifest the bundle is about. */
  subject: Descriptor
  /** A v0.3 DSSE bundle over an in-toto statement. */
  signed: SignedBundle
  /** The statement's predicate type, recorded as an annotation for discovery. */
  predicateType: string
  /** `org.opencontainers.image.created` (default: now). */
  created?: Date
}

/**
 * Attaches a Sigstore bundle to an image as cosign v3's `WriteAttestationNewBundleFormat` →
 * `WriteReferrer` does (pkg/oci/remote/write.go): artifactType = the v0.3 bundle media type, the
 * empty `{}` config (application/vnd.oci.empty.v1+json) whose descriptor also carries that
 * artifactType, exactly one layer of that media type holding the bundle JSON, the image as
 * subject, and the annotations `dev.sigstore.bundle.content: dsse-envelope`,
 * `dev.sigstore.bundle.predicateType` and `org.opencontainers.image.created` (RFC 3339 UTC,
 * whole seconds). cosign's reader ignores bundles older than v0.3 and `cosign verify` needs a
 * DSSE in-toto envelope, so anything else is refused before the first write.
 * Returns the referrer manifest's descriptor.
 */
export async function attachBundleToImage(options: AttachBundleOptions): Promise<Descriptor> {
  const { bundle } = options.signed
  if (bundle.mediaType !== BUNDLE_V03_MEDIA_TYPE) {
    throw invalid(
      `bundle media type is ${bundle.mediaType}; cosign only reads ${BUNDLE_V03_MEDIA_TYPE} from an image — sign with signStatement, which makes v0.3 bundles`
    )
  }
  if (bundle.dsseEnvelope?.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw invalid(
      'the bundle holds no DSSE envelope of an in-toto statement, which cosign verify requires of an image bundle — sign the statement with signStatement, not signDigest or signBytes'
    )
  }
  const signedType = statementPredicateType(bundle.dsseEnvelope.payload)
  if (signedType !== options.predicateType) {
    throw invalid(
      `predicateType "${options.predicateType}" is not the signed statement's ("${signedType}"); pass the statement's predicateType, which cosign reads from the annotation`
    )
  }
  const created = (options.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z')
  try {
    const { descriptor } = await options.store.attach({
      subject: options.subject,
      artifactType: BUNDLE_V03_MEDIA_TYPE,
      config: {
        mediaType: OCI_EMPTY,
        data: EMPTY_CONFIG_BYTES,
        artifactType: BUNDLE_V03_MEDIA_TYPE
      },
      layers: [{ mediaType: BUNDLE_V03_MEDIA_TYPE, data: Buffer.from(JSON.stringify(bundle)) }],
      annotations: {
        [BUNDLE_CONTENT_ANNOTATION]: 'dsse-envelope',
        [BUNDLE_PREDICATE_TYPE_ANNOTATION]: options.predicateType,
        [CREATED_ANNOTATION]: created
      }
    })
    return descriptor
  } catch (cause) {
    throw new SigstoreError({
      code: 'STORAGE_FAILED',
      cause,
      message: `attaching the bundle to ${options.store.location}@${options.subject.digest} failed: ${(cause as Error).message}; check the registry credentials allow push`
    })
  }
}

function statementPredicateType(payload: string): string | undefined {
  try {
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString()) as unknown
    const type = (statement as { predicateType?: unknown } | null)?.predicateType
    return typeof type === 'string' ? type : undefined
  } catch {
    return undefined
  }
}

const invalid = (message: string) => new SigstoreError({ code: 'INVALID_INPUT', message })
