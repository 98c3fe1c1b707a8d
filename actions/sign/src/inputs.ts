import type { RegistryInputs } from '@sign/subjects'
import type { KeylessInputs } from '@sign/subjects/keyless'

/** The step's inputs, read once by index.ts (kebab-case in action.yml, camelCase here). */
export interface Inputs extends KeylessInputs, RegistryInputs {
  images: string[]
  files: string[]
  checksums: string | undefined
  /** Which parts run. */
  signatures: boolean
  sboms: boolean
  provenance: boolean
  verify: boolean
  /** Input `sbom-format`, split on commas and newlines. */
  sbomFormats: string[]
  /** Input `provenance-format`, split on commas and newlines. */
  provenanceFormats: string[]
  /** An extra policy file every subject must pass. */
  policy: string | undefined
  trustedRoot: string | undefined
  showSummary: boolean
}
