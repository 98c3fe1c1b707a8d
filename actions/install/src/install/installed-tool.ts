import type { ExpectedChecksum } from '@sign/tools'

/** One tool as the step installed it: what the outputs and the summary report. */
export interface InstalledTool {
  tool: string
  version: string
  /** The executable on PATH, or the plugin in notation's plugin directory. */
  path: string
  /** The directory added to PATH; undefined for a notation plugin. */
  binDirectory: string | undefined
  /** The release asset's SHA-256 (hex). */
  sha256: string
  verifiedBy: ExpectedChecksum['source']
  /** Whether the tool came from the tool cache, without a download. */
  cacheHit: boolean
}
