import { lstat } from 'node:fs/promises'
import { join } from 'node:path'
import * as tc from '@actions/tool-cache'
import type { Logger } from '@sign/action-kit'
import { judgeCachedInstall, readInstallReceipt } from '@sign/tools'
import type { InstallReceipt, ResolvedAsset } from '@sign/tools'

/** A verified install found in the runner's tool cache (RUNNER_TOOL_CACHE). */
export interface CachedInstall {
  /** The cached directory. */
  directory: string
  receipt: InstallReceipt
}

/**
 * The cached install of exactly this asset, when its receipt shows this installer verified it
 * (see judgeCachedInstall) and its executable is there; undefined otherwise, with the reason
 * logged — the tool is then downloaded and verified again, replacing the cached copy.
 */
async function findCachedInstall(options: {
  resolved: ResolvedAsset
  allowUnverified: boolean
  logger: Logger
}): Promise<CachedInstall | undefined> {
  const { resolved, logger } = options
  // tc.find reads a version that is not exact semver as a range: never use it for those.
  if (!tc.isExplicitVersion(resolved.version)) return undefined
  const directory = tc.find(resolved.tool, resolved.version)
  if (directory === '') return undefined
  const receipt = await readInstallReceipt({ directory })
  const verdict = judgeCachedInstall({
    receipt,
    resolved,
    allowUnverified: options.allowUnverified
  })
  const unusable = verdict.usable
    ? await missingExecutable({ directory, executable: receipt!.executable })
    : verdict.reason
  if (unusable !== undefined) {
    logger.info(
      `The cached ${resolved.tool} ${resolved.version} in ${directory} is not used: ${unusable}.`
    )
    return undefined
  }
  logger.info(`${resolved.tool} ${resolved.version}: found in the tool cache at ${directory}.`)
  return { directory, receipt: receipt! }
}

async function missingExecutable(options: {
  directory: string
  executable: string
}): Promise<string | undefined> {
  try {
    const stats = await lstat(join(options.directory, options.executable))
    return stats.isFile() ? undefined : `${options.executable} is not a file`
  } catch {
    return `${options.executable} is missing`
  }
}

/** The usable cached install of each tool, by tool name. */
export async function lookUpCache(options: {
  tools: ResolvedAsset[]
  allowUnverified: boolean
  logger: Logger
}): Promise<Map<string, CachedInstall>> {
  const cached = new Map<string, CachedInstall>()
  for (const resolved of options.tools) {
    const found = await findCachedInstall({ ...options, resolved })
    if (found !== undefined) cached.set(resolved.tool, found)
  }
  return cached
}
