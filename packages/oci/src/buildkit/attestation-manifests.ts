import { quote } from '@sign/safe-text'
import type { Descriptor, ImageIndex } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import { isIndexMediaType } from '../media-types.ts'
import type { FetchedManifest } from '../registry/manifest-fetch.ts'
import { platformManifests } from '../registry/platforms.ts'

/** The index annotation that marks an attestation manifest, and the one naming its subject. */
export const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type'
export const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest'
/** The artifactType BuildKit ≥ 0.32 gives its attestation manifests (the OCI artifact form). */
export const ATTESTATION_ARTIFACT_TYPE = 'application/vnd.docker.attestation.manifest.v1+json'

/** One BuildKit attestation manifest listed in an index, and the platform manifest it is about. */
export interface BuildkitAttestationManifest {
  /** The attestation manifest's descriptor in the index. */
  descriptor: Descriptor
  /** The platform manifest (from the index) its `vnd.docker.reference.digest` names. */
  platform: Descriptor
}

/**
 * The BuildKit attestation manifests of an image index (`docker buildx build --sbom/--provenance`
 * output, every generation): the descriptors annotated `vnd.docker.reference.type:
 * attestation-manifest`, each paired with the platform manifest its `vnd.docker.reference.digest`
 * names. Descriptors with another reference type are not attestations and are left out. An
 * attestation manifest whose digest names no platform manifest of this index is refused
 * (INVALID_CONTENT): what it attests is not part of the image. Empty for a single manifest.
 */
export function buildkitAttestationManifests(options: {
  index: Pick<FetchedManifest, 'bytes' | 'mediaType' | 'digest'>
}): BuildkitAttestationManifest[] {
  const { index } = options
  if (!isIndexMediaType(index.mediaType)) return []
  const parsed = JSON.parse(Buffer.from(index.bytes).toString()) as ImageIndex
  const platforms = new Map(platformManifests(index).map(d => [d.digest, d]))
  return parsed.manifests
    .filter(d => d.annotations?.[REFERENCE_TYPE_ANNOTATION] === 'attestation-manifest')
    .map(descriptor => {
      const named = descriptor.annotations?.[REFERENCE_DIGEST_ANNOTATION]
      const platform = named === undefined ? undefined : platforms.get(named)
      if (platform === undefined) {
        throw new OciError({
          code: 'INVALID_CONTENT',
          message: `the attestation manifest ${descriptor.digest} in the index ${index.digest} names ${
            named === undefined ? 'no subject' : quote(named)
          } in ${REFERENCE_DIGEST_ANNOTATION}, which is not a platform manifest of that index`
        })
      }
      return { descriptor, platform }
    })
}
