/** The step's inputs, read once by index.ts (kebab-case in action.yml, camelCase here). */
export interface Inputs {
  /** The `tools` input's non-empty lines: `<tool>` or `<tool>@<version>`. */
  tools: string[]
  /** A base URL replacing https://github.com for release downloads. */
  mirror: string | undefined
  allowUnverified: boolean
  /** Path of a catalog file replacing the built-in catalog. */
  catalog: string | undefined
  /** Path of a Sigstore trusted_root.json for checksums bundles. */
  trustedRoot: string | undefined
  showSummary: boolean
}
