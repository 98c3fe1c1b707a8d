import { chmod, copyFile, mkdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname } from 'node:path'
import { notationPluginDirectory, notationPluginFile } from '@sign/tools'
import type { ToolPlatform } from '@sign/tools'

/**
 * Copies a cached notation plugin to where notation looks for it —
 * `<plugin directory>/<name>/notation-<name>` (see notationPluginDirectory) — and returns that
 * path. Done on cache hits too: the plugin directory is the job's, the cache may be older.
 */
export async function placeNotationPlugin(options: {
  /** The plugin's name (`azure-kv`). */
  name: string
  /** The plugin's executable in the cached directory. */
  executable: string
  platform: ToolPlatform
}): Promise<string> {
  const { platform } = options
  const target = notationPluginFile({
    pluginDirectory: notationPluginDirectory({
      env: process.env,
      platform: platform.os,
      homedir: homedir()
    }),
    name: options.name,
    platform: platform.os
  })
  await mkdir(dirname(target), { recursive: true })
  await copyFile(options.executable, target)
  if (platform.os !== 'windows') await chmod(target, 0o755)
  return target
}
