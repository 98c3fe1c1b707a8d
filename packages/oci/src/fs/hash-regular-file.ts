import { createHash } from 'node:crypto'
import { openRegularFile } from './read-regular-file.ts'

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
 * Hashes a regular file as it streams from disk, in one read whatever the number of algorithms
 * or the size. Opened as {@link openRegularFile} opens it: a FIFO, a device (a link to
 * /dev/zero), a socket or a directory is NOT_REGULAR_FILE before a byte is read; errors of
 * `open` itself (ENOENT, EACCES) are passed on as they are.
 */
export async function hashRegularFile(
  options: HashRegularFileOptions
): Promise<RegularFileDigests> {
  const hashes = options.algorithms.map(algorithm => [algorithm, createHash(algorithm)] as const)
  const { file } = await openRegularFile({ path: options.path })
  let size = 0
  try {
    for await (const chunk of file.createReadStream({
      autoClose: false
    }) as AsyncIterable<Buffer>) {
      for (const [, hash] of hashes) hash.update(chunk)
      size += chunk.byteLength
    }
  } finally {
    await file.close()
  }
  return { digests: new Map(hashes.map(([algorithm, hash]) => [algorithm, hash.digest()])), size }
}
