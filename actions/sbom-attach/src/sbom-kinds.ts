// What each SBOM format is called where it is stored: media type, predicate type, file suffixes.
import type { Naming, SbomFormatName } from './inputs.ts'

/** The referrer artifactType and layer media type (what `oras attach --artifact-type` names). */
export const SBOM_MEDIA_TYPES: Record<SbomFormatName, string> = {
  'spdx-json': 'application/spdx+json',
  'cyclonedx-json': 'application/vnd.cyclonedx+json'
}

/**
 * The attestation predicate type: cosign's `--type spdxjson` / `--type cyclonedx` values, so
 * `cosign verify-attestation --type spdxjson` selects these attestations.
 */
export const SBOM_PREDICATE_TYPES: Record<SbomFormatName, string> = {
  'spdx-json': 'https://spdx.dev/Document',
  'cyclonedx-json': 'https://cyclonedx.org/bom'
}

/** cosign's `--type` value for each format. */
export const COSIGN_TYPES: Record<SbomFormatName, string> = {
  'spdx-json': 'spdxjson',
  'cyclonedx-json': 'cyclonedx'
}

/** The suffix of the SBOM file beside its file: `.spdx.json`, `.cdx.json`, or GoReleaser's `.sbom.json`. */
export function sbomSuffix(options: { format: SbomFormatName; naming: Naming }): string {
  if (options.naming === 'goreleaser') return '.sbom.json'
  return options.format === 'spdx-json' ? '.spdx.json' : '.cdx.json'
}

/**
 * The suffix of a file's SBOM attestation bundle: the SBOM's suffix with `.intoto.sigstore.json`
 * in place of `.json` (`app.spdx.intoto.sigstore.json`). It starts with the file's name because
 * the attestation's subject is the file (`cosign verify-blob-attestation --bundle … app`), not the
 * SBOM; `.intoto` marks an in-toto attestation (as `.intoto.jsonl` provenance does), and
 * `.sigstore.json` the bundle format cosign and sigstore-js read.
 */
export function attestationSuffix(options: { format: SbomFormatName; naming: Naming }): string {
  return `${sbomSuffix(options).replace(/\.json$/, '')}.intoto.sigstore.json`
}

/** The title the SBOM layer of a referrer carries (org.opencontainers.image.title). */
export function referrerTitle(format: SbomFormatName): string {
  return format === 'spdx-json' ? 'sbom.spdx.json' : 'sbom.cdx.json'
}

/** Everything this step writes beside a file; such files never get SBOMs themselves. */
export const OUTPUT_SUFFIXES = ['.spdx.json', '.cdx.json', '.sbom.json', '.sigstore.json']
