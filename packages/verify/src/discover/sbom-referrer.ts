import { MAX_SBOM_BYTES } from '@sign/sbom'
import type { ContentStore, Descriptor } from '@sign/oci'
import { SBOM_ARTIFACT_TYPES } from '../policy/sbom-formats.ts'
import type { SbomFormat } from '../policy/types.ts'
import { describeSize } from './limits.ts'
import { readSignatureManifest, type SignatureManifest } from './signature-manifest.ts'
import type { FoundSbomReferrer } from './types.ts'
import { UnreadableArtifact } from './unreadable.ts'

/** Options of {@link readSbomReferrer}. */
export interface ReadSbomReferrerOptions {
  store: ContentStore
  subject: Descriptor
  /** The referrer as listed, or its manifest when it was already read. */
  referrer: Descriptor
  manifest?: SignatureManifest
  via: FoundSbomReferrer['via']
  format: SbomFormat
}

/**
 * Reads an SBOM referrer as `oras attach` writes it: a manifest (at most 4 MiB) whose subject is
 * the image and whose one SBOM layer (`application/spdx+json`, `application/vnd.cyclonedx+json`)
 * holds the document, at most 64 MiB, checked against its digest by the store. Anything else is
 * an UnreadableArtifact saying why; registry and network failures are thrown.
 */
export async function readSbomReferrer(
  options: ReadSbomReferrerOptions
): Promise<FoundSbomReferrer> {
  const { store, subject, referrer, via, format } = options
  const manifest =
    options.manifest ??
    (await readSignatureManifest({ store, reference: referrer.digest, listedSize: referrer.size }))
  if (!manifest) {
    throw new UnreadableArtifact(
      `the SBOM referrer ${referrer.digest} is listed, but its manifest is not in ${store.location}`
    )
  }
  if (manifest.subject?.digest !== subject.digest) {
    throw new UnreadableArtifact(
      `the SBOM referrer ${manifest.descriptor.digest} has subject ${manifest.subject?.digest ?? '(none)'}, not ${subject.digest}`
    )
  }
  const layers = manifest.layers.filter(layer => SBOM_ARTIFACT_TYPES[layer.mediaType] !== undefined)
  const [layer] = layers
  if (layer === undefined || layers.length !== 1) {
    throw new UnreadableArtifact(
      `the SBOM referrer ${manifest.descriptor.digest} has ${layers.length} SBOM layers (${Object.keys(SBOM_ARTIFACT_TYPES).join(' or ')}); an SBOM referrer holds exactly one`
    )
  }
  if (layer.size > MAX_SBOM_BYTES) {
    throw new UnreadableArtifact(
      `the SBOM layer ${layer.digest} is ${layer.size} bytes, over the ${describeSize(MAX_SBOM_BYTES)} limit`
    )
  }
  const document = await store.fetchBlob(layer.digest, { maxBytes: layer.size })
  if (document.byteLength !== layer.size) {
    throw new UnreadableArtifact(
      `the SBOM layer ${layer.digest} has ${document.byteLength} bytes, not the ${layer.size} its manifest lists`
    )
  }
  return {
    kind: 'sbom',
    via,
    manifest: manifest.descriptor,
    format: SBOM_ARTIFACT_TYPES[layer.mediaType] ?? format,
    layer,
    document
  }
}
