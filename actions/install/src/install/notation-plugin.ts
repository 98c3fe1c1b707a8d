import { chmod, copyFile, mkdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { notationPluginDirectory, notationPluginFile } from '@sign/tools'
import type { ResolvedAsset, ToolPlatform } from '@sign/tools'

/**
 * Copies a cached notation plugin to where notation looks for it —
 * `<plugin directory>/<name>/notation-<name>` (see notationPluginDirectory) — and returns that
 * path. Done on cache hits too: the plugin directory is the job's, the cache may be older.
 */
export async function placeNotationPlugin(options: {
  resolved: ResolvedAsset & { notationPlugin: { name: string } }
  directory: string
  platform: ToolPlatform
}): Promise<string> {
  const { resolved, platform } = options
  const target = notationPluginFile({
    pluginDirectory: notationPluginDirectory({
      env: process.env,
      platform: platform.os,
      homedir: homedir()
    }),
    name: resolved.notationPlugin.name,
    platform: platform.os
  })
  await mkdir(dirname(target), { recursive: true })
  await copyFile(join(options.directory, resolved.executable), target)
  if (platform.os !== 'windows') await chmod(target, 0o755)
  return target
}
