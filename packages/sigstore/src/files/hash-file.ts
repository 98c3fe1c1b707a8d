import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { SigstoreError } from '../errors.ts'

/** A file's SHA-256 digest and size. */
export interface FileDigest {
  /** Raw digest bytes. */
  digest: Buffer
  /** Lowercase hex of the digest. */
  hex: string
  size: number
}

/** Hashes a file with SHA-256 as it streams from disk, whatever its size. */
export async function hashFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256')
  let size = 0
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      hash.update(chunk)
      size += chunk.byteLength
    }
  } catch (cause) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      cause,
      message: `cannot read ${path} to hash it (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); check the path names an existing, readable file`
    })
  }
  const digest = hash.digest()
  return { digest, hex: digest.toString('hex'), size }
}
