import { JobSummary } from '@sign/action-kit'
import type { InstalledTool } from '../install/installed-tool.ts'

const VERIFIED_BY: Record<InstalledTool['verifiedBy'], string> = {
  catalog: 'SHA-256 pinned in the catalog',
  'checksums-file': 'signed checksums file (Sigstore)',
  unverified: 'NOT VERIFIED (allow-unverified)'
}

/** The job summary: one row per tool with its version, how it was verified and where it is. */
export function installSummary(options: { tools: InstalledTool[] }): JobSummary {
  return new JobSummary().heading('Installed tools').table({
    header: ['Tool', 'Version', 'Verified by', 'SHA-256', 'From', 'Path'],
    rows: options.tools.map(tool => [
      tool.tool,
      tool.version,
      VERIFIED_BY[tool.verifiedBy],
      tool.sha256,
      tool.cacheHit ? 'tool cache' : 'download',
      tool.path
    ])
  })
}
