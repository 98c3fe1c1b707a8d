import { chmod, copyFile, lstat, mkdtemp, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import * as tc from '@actions/tool-cache'
import type { Logger } from '@sign/action-kit'
import { ToolsError, writeInstallReceipt } from '@sign/tools'
import type { ExpectedChecksum, InstallReceipt, ResolvedAsset } from '@sign/tools'
import type { CachedInstall } from './cache.ts'
import type { VerifiedDownload } from './download.ts'
import { checkUnpackedTree } from './extract/check-tree.ts'
import type { UnpackLimits } from './extract/limits.ts'
import { unpackArchive } from './extract/unpack-archive.ts'

/** A tool unpacked and checked in a staging directory, not yet in the tool cache. */
export interface StagedInstall {
  resolved: ResolvedAsset
  /** The staging directory (under RUNNER_TEMP); the caller removes it. */
  directory: string
  receipt: InstallReceipt
}

/**
 * Unpacks a verified download into a new staging directory (a tar.gz or zip with unpackArchive, a
 * bare binary copied under its executable name), checks the tree holds only plain files and
 * directories and the executable is a regular file inside it, makes it executable and writes the
 * install receipt. Nothing leaves the staging directory; on failure it is removed.
 */
export async function stageInstall(options: {
  resolved: ResolvedAsset
  download: VerifiedDownload
  verifiedBy: ExpectedChecksum['source']
  logger: Logger
  /** Default UNPACK_LIMITS. */
  limits?: UnpackLimits
}): Promise<StagedInstall> {
  const { resolved, download } = options
  const directory = await mkdtemp(join(process.env['RUNNER_TEMP'] ?? '.', 'sign-install-'))
  try {
    if (resolved.format === 'binary') {
      await copyFile(download.path, join(directory, resolved.executable))
      options.logger.info(
        `${resolved.tool} ${resolved.version}: ${resolved.asset} is the executable itself.`
      )
    } else {
      const unpacked = await unpackArchive({
        path: download.path,
        asset: resolved.asset,
        format: resolved.format,
        directory,
        ...(options.limits === undefined ? {} : { limits: options.limits })
      })
      options.logger.info(
        `${resolved.tool} ${resolved.version}: unpacked ${unpacked.entries} entries (${unpacked.bytes} bytes) from ${resolved.asset}.`
      )
    }
    await checkUnpackedTree({
      root: directory,
      asset: resolved.asset,
      executable: resolved.executable
    })
    const executable = join(directory, resolved.executable)
    await checkExecutable({ path: executable, resolved })
    if (!resolved.platform.startsWith('windows')) await chmod(executable, 0o755)
    const receipt: InstallReceipt = {
      tool: resolved.tool,
      version: resolved.version,
      platform: resolved.platform,
      asset: resolved.asset,
      sha256: download.sha256,
      verifiedBy: options.verifiedBy,
      executable: resolved.executable
    }
    await writeInstallReceipt({ directory, receipt })
    return { resolved, directory, receipt }
  } catch (error) {
    await rm(directory, { recursive: true, force: true })
    throw error
  }
}

/** Copies a staged install into the tool cache (tc.cacheDir); returns the cached directory. */
export async function cacheStagedInstall(options: {
  staged: StagedInstall
}): Promise<CachedInstall> {
  const { resolved, directory, receipt } = options.staged
  return { directory: await tc.cacheDir(directory, resolved.tool, resolved.version), receipt }
}

/** The directory to put on PATH for a cached install: the executable's. */
export function binDirectory(options: { directory: string; executable: string }): string {
  return dirname(join(options.directory, options.executable))
}

async function checkExecutable(options: { path: string; resolved: ResolvedAsset }): Promise<void> {
  const { resolved } = options
  const stats = await lstat(options.path).catch(() => undefined)
  if (stats?.isFile()) return
  throw new ToolsError({
    code: 'INVALID_CATALOG',
    message: `${resolved.asset} holds no regular file ${resolved.executable}: the catalog's "executable" for ${resolved.tool} does not match the release's ${resolved.format === 'binary' ? 'file' : 'archive'}.`
  })
}
