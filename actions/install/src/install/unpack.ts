import { chmod, copyFile, lstat, mkdtemp, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import * as tc from '@actions/tool-cache'
import { ToolsError, writeInstallReceipt } from '@sign/tools'
import type { ExpectedChecksum, InstallReceipt, ResolvedAsset } from '@sign/tools'
import type { CachedInstall } from './cache.ts'
import type { VerifiedDownload } from './download.ts'

/**
 * Unpacks a verified download into a staging directory (tar.gz with tc.extractTar, zip with
 * tc.extractZip, a bare binary copied under its executable name), checks the executable is a
 * regular file there and makes it executable, writes the install receipt and caches the
 * directory with tc.cacheDir. Returns the cached directory and its receipt. The download and staging directory
 * are removed whatever happens.
 */
export async function installToCache(options: {
  resolved: ResolvedAsset
  download: VerifiedDownload
  verifiedBy: ExpectedChecksum['source']
}): Promise<CachedInstall> {
  const { resolved, download } = options
  const staging = await mkdtemp(join(process.env['RUNNER_TEMP'] ?? '.', 'sign-install-'))
  try {
    if (resolved.format === 'tar.gz') await tc.extractTar(download.path, staging)
    else if (resolved.format === 'zip') await tc.extractZip(download.path, staging)
    else await copyFile(download.path, join(staging, resolved.executable))
    const executable = join(staging, resolved.executable)
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
    await writeInstallReceipt({ directory: staging, receipt })
    return { directory: await tc.cacheDir(staging, resolved.tool, resolved.version), receipt }
  } finally {
    await rm(staging, { recursive: true, force: true })
    await rm(download.path, { force: true })
  }
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
