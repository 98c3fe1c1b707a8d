import type { RegistryInputs } from '@sign/subjects'
import type { PolicyFlags } from '@sign/verify'

/** The step's inputs, read once by index.ts (kebab-case in action.yml, camelCase here). */
export interface Inputs extends RegistryInputs {
  /** Image references, one per line. */
  images: string[]
  /** File globs, one per line (a line starting with ! excludes). */
  files: string[]
  /** OCI layouts as DIR:TAG or DIR@sha256:…. */
  ociLayouts: string[]
  /** A policy file; when set, no other policy input may be. */
  policy: string | undefined
  /** The policy inputs (certificate-*, key, type, trust roots, notation), when no policy file. */
  flags: PolicyFlags
  /** Where to write the JSON report (default under RUNNER_TEMP). */
  report: string | undefined
  showSummary: boolean
}
