import { createHash } from 'node:crypto'
import { openRegularFile } from './read-regular-file.ts'

/** One read buffer per file being hashed, reused for every read: no allocation per chunk. */
const READ_BUFFER_BYTES = 1024 * 1024

/** Options of {@link hashRegularFile}. */
export interface HashRegularFileOptions {
  path: string
  /** Node hash names (`sha256`, `sha384`…), each computed in the one pass over the file. */
  algorithms: readonly string[]
}

/** The digests of a file, by algorithm, and its size. */
export interface RegularFileDigests {
  digests: Map<string, Buffer>
  size: number
}

/**
 * Hashes a regular file as it is read from disk, in one pass whatever the number of algorithms
 * and with one reused 1 MiB buffer whatever the size. Opened as {@link openRegularFile} opens it:
 * a FIFO, a device (a link to /dev/zero), a socket or a directory is NOT_REGULAR_FILE before a
 * byte is read; errors of `open` itself (ENOENT, EACCES) are passed on as they are.
 */
export async function hashRegularFile(
  options: HashRegularFileOptions
): Promise<RegularFileDigests> {
  const hashes = options.algorithms.map(algorithm => [algorithm, createHash(algorithm)] as const)
  const { file } = await openRegularFile({ path: options.path })
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES)
  let size = 0
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      for (const [, hash] of hashes) hash.update(chunk)
      size += bytesRead
    }
  } finally {
    await file.close()
  }
  return { digests: new Map(hashes.map(([algorithm, hash]) => [algorithm, hash.digest()])), size }
}
