import type { AttachResult, ContentStore, Descriptor } from '@sign/oci'
import type { SbomFormat } from '../read/read-sbom.ts'
import { SBOM_MEDIA_TYPES, SBOM_REFERRER_TITLES } from './sbom-media-types.ts'

/** Options of {@link attachSbom}. */
export interface AttachSbomOptions {
  /** The repository (or OCI layout) holding the image. */
  store: ContentStore
  /** The platform manifest the SBOM describes. */
  subject: Descriptor
  format: SbomFormat
  /** The document's bytes, attached exactly as given. */
  document: Uint8Array
  /** `org.opencontainers.image.created` (default: now), whole seconds. */
  created?: Date
}

/**
 * Attaches an SBOM to an image as an OCI referrer, exactly as `oras attach --artifact-type
 * application/spdx+json <image> sbom.spdx.json:application/spdx+json` writes it: the empty
 * config, one layer of the SBOM's media type titled `sbom.spdx.json` / `sbom.cdx.json`, the image
 * as subject, and the creation time. On a registry without the referrers API the tag schema's
 * index is kept. Returns the referrer manifest and how it was indexed.
 */
export async function attachSbom(options: AttachSbomOptions): Promise<AttachResult> {
  const mediaType = SBOM_MEDIA_TYPES[options.format]
  const created = (options.created ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z')
  return options.store.attach({
    subject: options.subject,
    artifactType: mediaType,
    layers: [
      {
        mediaType,
        data: options.document,
        annotations: { 'org.opencontainers.image.title': SBOM_REFERRER_TITLES[options.format] }
      }
    ],
    annotations: { 'org.opencontainers.image.created': created }
  })
}
