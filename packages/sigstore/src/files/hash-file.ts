import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { quote } from '@sign/safe-text'
import { SigstoreError } from '../errors.ts'

/** A file's SHA-256 digest and size. */
export interface FileDigest {
  /** Raw digest bytes. */
  digest: Buffer
  /** Lowercase hex of the digest. */
  hex: string
  size: number
}

/**
 * Hashes a regular file with SHA-256 as it streams from disk, whatever its size. The file is
 * opened without blocking and checked on that same descriptor: a FIFO, a device (a link to
 * /dev/zero) or a directory is refused, never read forever or waited on.
 */
export async function hashFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256')
  let size = 0
  try {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      if (!(await handle.stat()).isFile()) {
        throw new SigstoreError({
          code: 'INVALID_INPUT',
          message: `${quote(path)} is not a regular file (a device, FIFO, socket or directory, or a link to one); only regular files are hashed`
        })
      }
      for await (const chunk of handle.createReadStream({ autoClose: false })) {
        hash.update(chunk as Buffer)
        size += (chunk as Buffer).byteLength
      }
    } finally {
      await handle.close()
    }
  } catch (cause) {
    if (cause instanceof SigstoreError) throw cause
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      cause,
      message: `cannot read ${quote(path)} to hash it (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); check the path names an existing, readable file`
    })
  }
  const digest = hash.digest()
  return { digest, hex: digest.toString('hex'), size }
}
