import type { InstalledTool } from '../install/installed-tool.ts'

/** How each tool's download was verified, in words (the summary and the result lines). */
export const VERIFIED_BY: Record<InstalledTool['verifiedBy'], string> = {
  catalog: 'SHA-256 pinned in the catalog',
  'checksums-file': 'signed checksums file (Sigstore)',
  unverified: 'NOT VERIFIED (allow-unverified)'
}
