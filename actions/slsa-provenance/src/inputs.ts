/** The provenance formats the step writes. */
export const PROVENANCE_FORMATS = ['github-v1', 'generic-v0.2'] as const
export type ProvenanceFormat = (typeof PROVENANCE_FORMATS)[number]

/** The step's inputs, read once by index.ts (kebab-case in action.yml, camelCase here). */
export interface Inputs {
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
  /** An OIDC token given by the workflow; masked. */
  identityToken: string | undefined
  fulcioUrl: string | undefined
  rekorUrl: string | undefined
  tsaUrl: string | undefined
  /** Path of a signing_config.v0.2.json. */
  signingConfig: string | undefined
  registryUsername: string | undefined
  /** Masked. */
  registryPassword: string | undefined
  /** The attestations API token and ghcr.io password; masked. */
  githubToken: string | undefined
  showSummary: boolean
}
