import { randomBytes } from 'node:crypto'
import { link, open, rename, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface AtomicWriteOptions {
  /** The file to create or replace. Its directory must exist. */
  path: string
  /** Writes the whole content to the temporary file; throwing abandons the write. */
  write: (file: FileHandle) => Promise<void>
  /** Leave an existing file alone (creating a layout beside another creator). */
  noClobber?: boolean
  /**
   * Flush the content to disk before the rename (default true). Off for outputs a rerun makes
   * again (signatures beside release files): readers still see old or whole new content, but
   * a power cut may lose the file.
   */
  durable?: boolean
}

/**
 * Writes a file so that readers see either the old content or the whole new content: into a
 * temporary file in the same directory, flushed to disk (unless not `durable`), then renamed over the target (or, with
 * `noClobber`, hard-linked to it, which fails when it exists). The temporary file never stays.
 * Returns false when `noClobber` found the file already there.
 */
export async function writeFileAtomic(options: AtomicWriteOptions): Promise<boolean> {
  const suffix = randomBytes(6).toString('hex')
  const temporary = join(dirname(options.path), `.${basename(options.path)}.${suffix}.tmp`)
  const file = await open(temporary, 'wx')
  let renamed = false
  try {
    try {
      await options.write(file)
      if (options.durable !== false) await file.sync()
    } finally {
      await file.close()
    }
    if (!options.noClobber) {
      await rename(temporary, options.path)
      renamed = true
      return true
    }
    try {
      await link(temporary, options.path)
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
      throw error
    }
  } finally {
    // Renamed, the temporary name is gone; otherwise (linked, refused or failed) remove it.
    if (!renamed) await unlink(temporary).catch(() => undefined)
  }
}

/** The common case of {@link writeFileAtomic}: bytes known up front. */
export async function writeBytesAtomic(options: {
  path: string
  bytes: Uint8Array | string
  noClobber?: boolean
  durable?: boolean
}): Promise<boolean> {
  return writeFileAtomic({
    path: options.path,
    write: async file => {
      await file.writeFile(options.bytes)
    },
    ...(options.noClobber ? { noClobber: true } : {}),
    ...(options.durable === false ? { durable: false } : {})
  })
}
