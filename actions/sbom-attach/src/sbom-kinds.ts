// What each SBOM format is called beside a file and by cosign (media and predicate types are
// @sign/sbom's).
import type { Naming, SbomFormatName } from './inputs.ts'

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

/** Everything this step writes beside a file; such files never get SBOMs themselves. */
export const OUTPUT_SUFFIXES = ['.spdx.json', '.cdx.json', '.sbom.json', '.sigstore.json']
