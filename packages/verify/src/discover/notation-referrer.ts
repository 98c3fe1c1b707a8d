import { OCI_EMPTY, OCI_MANIFEST, type ContentStore } from '@sign/oci'
import {
  ARTIFACT_MANIFEST,
  NOTARY_ENVELOPE_MEDIA_TYPES,
  NOTARY_SIGNATURE_ARTIFACT_TYPE
} from './media-types.ts'
import { readSignatureBlob } from './signature-blob.ts'
import type { SignatureManifest } from './signature-manifest.ts'
import { UnreadableArtifact } from './unreadable.ts'

/** A Notary Project signature manifest's one envelope. */
export interface NotationEnvelope {
  envelopeMediaType: string
  envelope: Buffer
}

/** Options of {@link readNotationEnvelope}. */
export interface ReadNotationEnvelopeOptions {
  store: ContentStore
  manifest: SignatureManifest
}

/**
 * Reads a Notary Project signature manifest as notation-go does (`signatureReferrers`,
 * `getSignatureBlobDesc`): an image manifest with artifactType application/vnd.cncf.notary.
 * signature and the empty config, or — the form notation v1 writes — no artifactType and that
 * config media type; or an OCI 1.1-rc artifact manifest of that artifactType. It must hold
 * exactly one layer, of media type application/jose+json or application/cose, at most 32 MiB:
 * that envelope is fetched. Anything else is an UnreadableArtifact saying why.
 */
export async function readNotationEnvelope(
  options: ReadNotationEnvelopeOptions
): Promise<NotationEnvelope> {
  const { store, manifest } = options
  const form = notationForm(manifest)
  if (form === undefined) {
    throw new UnreadableArtifact(
      `the manifest ${manifest.descriptor.digest} is not a Notary Project signature manifest: artifactType ${manifest.artifactType ?? '(none)'} with config media type ${manifest.config?.mediaType ?? '(none)'}; notation writes artifactType ${NOTARY_SIGNATURE_ARTIFACT_TYPE} with the empty config, or that config media type without an artifactType`
    )
  }
  if (manifest.layers.length !== 1) {
    throw new UnreadableArtifact(
      `the signature manifest ${manifest.descriptor.digest} has ${manifest.layers.length} layers; a Notary Project signature manifest holds exactly one signature envelope`
    )
  }
  const [layer] = manifest.layers as [SignatureManifest['layers'][number]]
  if (!NOTARY_ENVELOPE_MEDIA_TYPES.includes(layer.mediaType)) {
    throw new UnreadableArtifact(
      `the signature manifest's layer has media type ${layer.mediaType}, not a Notary Project envelope (${NOTARY_ENVELOPE_MEDIA_TYPES.join(' or ')})`
    )
  }
  const envelope = await readSignatureBlob({ store, layer, what: 'signature envelope' })
  return { envelopeMediaType: layer.mediaType, envelope }
}

/** Which of notation's manifest forms this is, if any. */
function notationForm(manifest: SignatureManifest): 'current' | 'legacy' | 'artifact' | undefined {
  const { descriptor, artifactType, config } = manifest
  if (descriptor.mediaType === ARTIFACT_MANIFEST) {
    return artifactType === NOTARY_SIGNATURE_ARTIFACT_TYPE ? 'artifact' : undefined
  }
  if (descriptor.mediaType !== OCI_MANIFEST) return undefined
  if (artifactType === NOTARY_SIGNATURE_ARTIFACT_TYPE && config?.mediaType === OCI_EMPTY) {
    return 'current'
  }
  if (artifactType === undefined && config?.mediaType === NOTARY_SIGNATURE_ARTIFACT_TYPE) {
    return 'legacy'
  }
  return undefined
}
