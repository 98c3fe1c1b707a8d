// How an SBOM's format shows where it is stored: the predicate type of an SBOM attestation, the
// artifact type of an SBOM referrer, the name of an SBOM file beside a release file.
import { SBOM_MEDIA_TYPES } from '@sign/sbom'
import type { SbomFormat } from './types.ts'

export { SBOM_FORMATS, isSbomFormat } from '@sign/sbom'

/**
 * The SBOM format an attestation's predicate type names: cosign's `https://spdx.dev/Document`
 * and the versioned `https://spdx.dev/Document/v2.3` actions/attest writes are one SPDX family;
 * `https://cyclonedx.org/bom` is CycloneDX. Undefined for any other predicate.
 */
export function sbomFormatOfPredicateType(options: {
  predicateType: string
}): SbomFormat | undefined {
  const { predicateType } = options
  if (/^https:\/\/spdx\.dev\/Document(?:\/v2\.\d+)?$/u.test(predicateType)) return 'spdx-json'
  if (/^https:\/\/cyclonedx\.org\/bom(?:\/v1\.\d+)?$/u.test(predicateType)) return 'cyclonedx-json'
  return undefined
}

/** The artifact types of SBOM referrers, as `oras attach` and Ratify name them. */
export const SBOM_ARTIFACT_TYPES: Readonly<Record<string, SbomFormat>> = Object.fromEntries(
  Object.entries(SBOM_MEDIA_TYPES).map(([format, mediaType]) => [mediaType, format as SbomFormat])
)

/** The SBOM format of a referrer's artifact type; undefined when it is no SBOM type. */
export function sbomFormatOfArtifactType(options: {
  artifactType: string | undefined
}): SbomFormat | undefined {
  const { artifactType } = options
  return artifactType === undefined ? undefined : SBOM_ARTIFACT_TYPES[artifactType]
}
