import { join } from 'node:path'
import { addPath } from '@sign/action-kit'
import type { Logger } from '@sign/action-kit'
import type { ResolvedAsset, ToolPlatform } from '@sign/tools'
import type { CachedInstall } from './cache.ts'
import type { InstalledTool } from './installed-tool.ts'
import type { InstallProgress } from '../report/install-progress.ts'
import { placeNotationPlugin } from './notation-plugin.ts'
import { binDirectory } from './unpack.ts'

/** Options of {@link activate}. */
export interface ActivateOptions {
  tools: ResolvedAsset[]
  cached: Map<string, CachedInstall>
  missing: ResolvedAsset[]
  platform: ToolPlatform
  logger: Logger
  /** Told before and after each tool goes on PATH (or the plugin into its directory). */
  progress: InstallProgress
}

/** Adds each tool's directory to PATH, or places the notation plugin; returns what to report. */
export async function activate(options: ActivateOptions): Promise<InstalledTool[]> {
  const installed: InstalledTool[] = []
  for (const resolved of options.tools) {
    const step = { tool: `${resolved.tool} ${resolved.version}`, to: 'PATH' } as const
    options.progress.adding(step)
    const { directory, receipt } = options.cached.get(resolved.tool)!
    const cacheHit = !options.missing.includes(resolved)
    const report = {
      tool: resolved.tool,
      version: resolved.version,
      sha256: receipt.sha256,
      verifiedBy: receipt.verifiedBy,
      cacheHit
    }
    if (resolved.notationPlugin !== undefined) {
      const path = await placeNotationPlugin({
        name: resolved.notationPlugin.name,
        executable: join(directory, resolved.executable),
        platform: options.platform
      })
      options.logger.info(`${resolved.tool} ${resolved.version}: notation plugin at ${path}`)
      installed.push({ ...report, path, binDirectory: undefined })
    } else {
      const bin = binDirectory({ directory, executable: resolved.executable })
      addPath(bin)
      options.logger.info(`${resolved.tool} ${resolved.version}: ${bin} added to PATH`)
      installed.push({ ...report, path: join(directory, resolved.executable), binDirectory: bin })
    }
    options.progress.added(step)
  }
  return installed
}
