import { plainOrQuoted } from '@sign/safe-text'
import type { InstalledTool } from '../install/installed-tool.ts'
import { VERIFIED_BY } from './verified-by.ts'

/** Options of {@link resultLines}. */
export interface ResultLinesOptions {
  tools: InstalledTool[]
}

/**
 * The step's result, a line per tool, printed after the last log group: `cosign 3.2.0:
 * /…/cosign (SHA-256 pinned in the catalog; downloaded)`.
 */
export function resultLines(options: ResultLinesOptions): string[] {
  return options.tools.map(
    tool =>
      `${tool.tool} ${tool.version}: ${plainOrQuoted(tool.path)} (${VERIFIED_BY[tool.verifiedBy]}; ` +
      `${tool.cacheHit ? 'from the tool cache' : 'downloaded'})`
  )
}
