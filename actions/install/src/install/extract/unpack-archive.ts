import { UnpackBudget } from './budget.ts'
import { UNPACK_LIMITS } from './limits.ts'
import type { UnpackLimits } from './limits.ts'
import { StagingWriter } from './staging-writer.ts'
import { unpackTarGz } from './tar-gz.ts'
import { unpackZip } from './zip.ts'

/** What an archive unpacked to. */
export interface UnpackedArchive {
  entries: number
  /** The bytes of all its files. */
  bytes: number
}

/**
 * Unpacks a release archive into `directory` (new and empty) in-process — no tar or unzip child
 * process, so nothing echoes an entry name to the log — under one rule for both formats: every
 * entry is admitted before it is written (only files and directories, inside the directory), the
 * limits are enforced as entries are read, and only new directories and regular files are ever
 * created. A refusal is a ToolsError UNSAFE_ARCHIVE naming the asset and the entry; the caller
 * removes the directory.
 */
export async function unpackArchive(options: {
  /** The verified download. */
  path: string
  /** The asset's file name, for messages. */
  asset: string
  format: 'tar.gz' | 'zip'
  directory: string
  limits?: UnpackLimits
}): Promise<UnpackedArchive> {
  const limits = options.limits ?? UNPACK_LIMITS
  const budget = new UnpackBudget({ asset: options.asset, limits })
  const writer = new StagingWriter({ asset: options.asset, root: options.directory })
  const source = { path: options.path, asset: options.asset, writer, budget }
  if (options.format === 'tar.gz') await unpackTarGz(source)
  else await unpackZip({ ...source, maxEntries: limits.maxEntries })
  return budget.used
}
