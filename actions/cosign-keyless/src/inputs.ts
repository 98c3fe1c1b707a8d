import type { RegistryInputs } from '@sign/subjects'
import type { KeylessInputs } from '@sign/subjects/keyless'

/** What gets signed besides images: every file and listed file, or the checksums file alone. */
export const SIGNING_MODES = ['all', 'checksums-only'] as const
export type SigningMode = (typeof SIGNING_MODES)[number]

/** The step's inputs, read once by index.ts (kebab-case in action.yml, camelCase here). */
export interface Inputs extends KeylessInputs, RegistryInputs {
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
  tlogUpload: boolean
  showSummary: boolean
}
