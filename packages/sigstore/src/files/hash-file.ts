import { hashRegularFile, OciError } from '@sign/oci'
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
 * Hashes a regular file with SHA-256 as it streams from disk, whatever its size. A FIFO, a device
 * (a link to /dev/zero) or a directory is refused before a byte is read, never read forever or
 * waited on.
 */
export async function hashFile(path: string): Promise<FileDigest> {
  let hashed
  try {
    hashed = await hashRegularFile({ path, algorithms: ['sha256'] })
  } catch (cause) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      cause,
      message:
        cause instanceof OciError
          ? `${cause.message}; only regular files are hashed`
          : `cannot read ${quote(path)} to hash it (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); check the path names an existing, readable file`
    })
  }
  const digest = hashed.digests.get('sha256') ?? Buffer.alloc(0)
  return { digest, hex: digest.toString('hex'), size: hashed.size }
}
