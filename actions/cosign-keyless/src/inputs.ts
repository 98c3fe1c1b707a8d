/** What gets signed besides images: every file and listed file, or the checksums file alone. */
export const SIGNING_MODES = ['all', 'checksums-only'] as const
export type SigningMode = (typeof SIGNING_MODES)[number]

/** The step's inputs, read once by index.ts (kebab-case in action.yml, camelCase here). */
export interface Inputs {
  /** Image references, one per line. */
  images: string[]
  /** File globs, one per line (a line starting with ! excludes). */
  files: string[]
  /** Path of a sha256sum-format checksums file. */
  checksums: string | undefined
  mode: SigningMode
  /** Where every file's signature files go instead of beside it. */
  outputDirectory: string | undefined
  /** Also sign every platform manifest of an image index. */
  recursive: boolean
  /** Also write cosign's pre-v3 `sha256-<hex>.sig` tag. */
  legacyTagFormat: boolean
  /** Also write `<file>.sig` and `<file>.pem` beside each file. */
  legacyOutputs: boolean
  /** An OIDC token given by the workflow (other CI); masked. */
  identityToken: string | undefined
  fulcioUrl: string | undefined
  rekorUrl: string | undefined
  tsaUrl: string | undefined
  /** Path of a signing_config.v0.2.json. */
  signingConfig: string | undefined
  tlogUpload: boolean
  registryUsername: string | undefined
  /** Masked. */
  registryPassword: string | undefined
  /** The password for ghcr.io when no registry credentials are given; masked. */
  githubToken: string | undefined
  showSummary: boolean
}
