// A receipt written beside each cached install, so a later run can tell whether the cached files
// are the ones this installer verified — and how — before it trusts them without downloading.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ResolvedAsset } from '../catalog/resolve-asset.ts'
import type { ExpectedChecksum } from './expected-checksum.ts'

/** The receipt's file name inside the cached directory. */
export const INSTALL_RECEIPT = '.sign-install.json'

/** What was installed into a cache directory, and how it was verified. */
export interface InstallReceipt {
  tool: string
  version: string
  platform: string
  /** The release asset the files came from. */
  asset: string
  /** The asset's SHA-256 (hex) as downloaded. */
  sha256: string
  verifiedBy: ExpectedChecksum['source']
  /** The executable's path relative to the cached directory. */
  executable: string
}

/** Writes `receipt` into `directory` (before the directory is cached). */
export async function writeInstallReceipt(options: {
  directory: string
  receipt: InstallReceipt
}): Promise<void> {
  const text = `${JSON.stringify(options.receipt, null, 2)}\n`
  await writeFile(join(options.directory, INSTALL_RECEIPT), text)
}

/** The receipt in `directory`, or undefined when there is none or it is unreadable. */
export async function readInstallReceipt(options: {
  directory: string
}): Promise<InstallReceipt | undefined> {
  try {
    const json = JSON.parse(
      await readFile(join(options.directory, INSTALL_RECEIPT), 'utf8')
    ) as unknown
    return isReceipt(json) ? json : undefined
  } catch {
    return undefined
  }
}

/** Whether a cached install may be used instead of downloading, and if not, why not. */
export type CachedInstallVerdict = { usable: true } | { usable: false; reason: string }

/**
 * A cached install is used only when its receipt describes this very asset, its digest equals the
 * catalog's pin (when the catalog pins one), and it was verified — or allow-unverified is on.
 */
export function judgeCachedInstall(options: {
  receipt: InstallReceipt | undefined
  resolved: ResolvedAsset
  allowUnverified: boolean
}): CachedInstallVerdict {
  const { receipt, resolved } = options
  if (receipt === undefined) return { usable: false, reason: 'it has no install receipt' }
  const same =
    receipt.tool === resolved.tool &&
    receipt.version === resolved.version &&
    receipt.platform === resolved.platform &&
    receipt.asset === resolved.asset
  if (!same) return { usable: false, reason: `its receipt describes ${receipt.asset}` }
  if (resolved.sha256 !== undefined && receipt.sha256 !== resolved.sha256) {
    return { usable: false, reason: "its SHA-256 is not the catalog's" }
  }
  if (receipt.verifiedBy === 'unverified' && !options.allowUnverified) {
    return { usable: false, reason: 'it was installed unverified' }
  }
  return { usable: true }
}

function isReceipt(value: unknown): value is InstallReceipt {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  const strings = ['tool', 'version', 'platform', 'asset', 'sha256', 'executable']
  return (
    strings.every(key => typeof record[key] === 'string') &&
    ['catalog', 'checksums-file', 'unverified'].includes(record['verifiedBy'] as string)
  )
}
