import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { NotationError } from '../errors.ts'

/** The digest algorithms a blob payload uses: the signing key's hash (RSA-3072 → sha384). */
export type BlobDigestAlgorithm = 'sha256' | 'sha384' | 'sha512'

/** Options of blobDescriptor. */
export interface BlobDescriptorOptions {
  path: string
  /** The payload's mediaType (notation's default: application/octet-stream). */
  mediaType: string
  /** HASH_OF[signer.algorithm]: notation digests a blob with the signing key's hash. */
  algorithm: BlobDigestAlgorithm
}

/** A file's descriptor as a blob signature's targetArtifact holds it. */
export interface BlobDescriptor {
  mediaType: string
  /** `<algorithm>:<lowercase hex>`. */
  digest: string
  size: number
}

/**
 * The descriptor of a file for a blob signature payload (notation-go `signer.getDescriptor`):
 * the given mediaType, the digest with the signing key's hash algorithm and the byte size,
 * computed while the file streams from disk, whatever its size.
 */
export async function blobDescriptor(options: BlobDescriptorOptions): Promise<BlobDescriptor> {
  const hash = createHash(options.algorithm)
  let size = 0
  try {
    for await (const chunk of createReadStream(options.path) as AsyncIterable<Buffer>) {
      hash.update(chunk)
      size += chunk.byteLength
    }
  } catch (cause) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      cause,
      message: `cannot read ${options.path} to hash it (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); check the path names an existing, readable file`
    })
  }
  return {
    mediaType: options.mediaType,
    digest: `${options.algorithm}:${hash.digest('hex')}`,
    size
  }
}
