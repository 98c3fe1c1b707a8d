import type { SbomFormat } from '../read/read-sbom.ts'

/**
 * The artifactType and layer media type of an SBOM referrer (what `oras attach --artifact-type`
 * names, and Ratify's SBOM verifier reads).
 */
export const SBOM_MEDIA_TYPES: Readonly<Record<SbomFormat, string>> = {
  'spdx-json': 'application/spdx+json',
  'cyclonedx-json': 'application/vnd.cyclonedx+json'
}

/**
 * The attestation predicate type of each format: cosign's `--type spdxjson` / `--type cyclonedx`
 * values, so `cosign verify-attestation --type spdxjson` selects them.
 */
export const SBOM_PREDICATE_TYPES: Readonly<Record<SbomFormat, string>> = {
  'spdx-json': 'https://spdx.dev/Document',
  'cyclonedx-json': 'https://cyclonedx.org/bom'
}

/** The file name an SBOM referrer's layer carries (org.opencontainers.image.title). */
export const SBOM_REFERRER_TITLES: Readonly<Record<SbomFormat, string>> = {
  'spdx-json': 'sbom.spdx.json',
  'cyclonedx-json': 'sbom.cdx.json'
}
