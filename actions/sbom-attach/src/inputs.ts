import type { RegistryInputs } from '@sign/subjects'
import type { KeylessInputs } from '@sign/subjects/keyless'

/** The SBOM formats the step writes. */
export const SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'] as const
export type SbomFormatName = (typeof SBOM_FORMATS)[number]

/** How SBOM files beside their file are named: this suite's, or GoReleaser's `<file>.sbom.json`. */
export const NAMINGS = ['sign', 'goreleaser'] as const
export type Naming = (typeof NAMINGS)[number]

/** The step's inputs, read once by index.ts (kebab-case in action.yml, camelCase here). */
export interface Inputs extends KeylessInputs, RegistryInputs {
  /** Image references, one per line. */
  images: string[]
  /** File globs, one per line (a line starting with ! excludes). */
  files: string[]
  /** Path of a sha256sum-format checksums file. */
  checksums: string | undefined
  /** Path of an SBOM the workflow already has, attached as it is instead of generating one. */
  sbom: string | undefined
  /** Input `format`, split on commas and newlines; checked by validation. */
  formats: string[]
  naming: Naming
  /** Sign each SBOM as a keyless attestation. */
  attest: boolean
  /** Sign the BuildKit attestations of each image index and attach them to their platforms. */
  liftBuildxAttestations: boolean
  showSummary: boolean
}
