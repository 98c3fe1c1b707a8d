import { setOutputs, writeSummary } from '@sign/action-kit'
import type { InstalledTool } from '../install/installed-tool.ts'
import { installSummary } from './summary.ts'

/**
 * Sets `<tool>-version` and `<tool>-path` per tool and `tools` (JSON), and appends the summary
 * table when `showSummary`.
 */
export async function writeOutputs(options: {
  tools: InstalledTool[]
  showSummary: boolean
}): Promise<void> {
  const outputs: Record<string, unknown> = {
    tools: options.tools.map(tool => ({
      tool: tool.tool,
      version: tool.version,
      path: tool.path,
      sha256: tool.sha256,
      'verified-by': tool.verifiedBy,
      'cache-hit': tool.cacheHit
    }))
  }
  for (const tool of options.tools) {
    outputs[`${tool.tool}-version`] = tool.version
    outputs[`${tool.tool}-path`] = tool.path
  }
  setOutputs(outputs)
  if (options.showSummary) await writeSummary(installSummary({ tools: options.tools }))
}
