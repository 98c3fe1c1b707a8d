import { lstat, readdir, realpath } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { archiveRefusal } from './refusal.ts'

/**
 * Walks the unpacked tree with lstat (never following a link) before anything is cached or put
 * on PATH: it must hold only directories and regular files with a single link each — no symbolic
 * or hard link, FIFO, socket or device, whatever wrote it. Then the executable's real path must be
 * a regular file inside the tree. The refusal names the asset and the path.
 */
export async function checkUnpackedTree(options: {
  root: string
  asset: string
  /** The executable's path inside the tree (the catalog's `executable`). */
  executable: string
}): Promise<void> {
  const { root, asset } = options
  const pending = [root]
  while (pending.length > 0) {
    const directory = pending.pop()!
    for (const name of await readdir(directory)) {
      const path = join(directory, name)
      const stats = await lstat(path)
      const refuse = (reason: string) =>
        archiveRefusal({ asset, entry: relative(root, path).split(sep).join('/'), reason })
      if (stats.isDirectory()) pending.push(path)
      else if (!stats.isFile())
        throw refuse('unpacked to something other than a file or a directory')
      else if (stats.nlink > 1) throw refuse(`unpacked to a file with ${stats.nlink} hard links`)
    }
  }
  const realRoot = await realpath(root)
  const executable = await realpath(join(root, options.executable)).catch(() => undefined)
  if (executable === undefined) return
  const stats = await lstat(executable)
  if (!executable.startsWith(realRoot + sep) || !stats.isFile()) {
    throw archiveRefusal({
      asset,
      entry: options.executable,
      reason: 'is not a regular file inside the install directory'
    })
  }
}
