import type { RegistryInputs } from '@sign/subjects'
import type { KeylessInputs } from '@sign/subjects/keyless'

/** The provenance formats the step writes. */
export const PROVENANCE_FORMATS = ['github-v1', 'generic-v0.2'] as const
export type ProvenanceFormat = (typeof PROVENANCE_FORMATS)[number]

/** The step's inputs, read once by index.ts (kebab-case in action.yml, camelCase here). */
export interface Inputs extends KeylessInputs, RegistryInputs {
  /** File globs, one per line (a line starting with ! excludes). */
  files: string[]
  /** Path of a sha256sum-format checksums file. */
  checksums: string | undefined
  /** slsa-github-generator's base64 sha256sum subjects. */
  base64Subjects: string | undefined
  /** Image references, one per line. */
  images: string[]
  /** Input `format`, split on commas and newlines; checked by validation. */
  formats: string[]
  provenanceName: string | undefined
  outputDirectory: string | undefined
  sigstoreJson: boolean
  pushToRegistry: boolean
  githubAttestations: boolean
  githubApiUrl: string | undefined
  showSummary: boolean
}
