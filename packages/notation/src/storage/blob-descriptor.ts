import { hashRegularFile, OciError } from '@sign/oci'
import { quote } from '@sign/safe-text'
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
 * computed while the file streams from disk, whatever its size; only a regular file is read.
 */
export async function blobDescriptor(options: BlobDescriptorOptions): Promise<BlobDescriptor> {
  let hashed
  try {
    hashed = await hashRegularFile({ path: options.path, algorithms: [options.algorithm] })
  } catch (cause) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      cause,
      message:
        cause instanceof OciError
          ? `${cause.message}; only regular files are signed`
          : `cannot read ${quote(options.path)} to hash it (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); check the path names an existing, readable file`
    })
  }
  return {
    mediaType: options.mediaType,
    digest: `${options.algorithm}:${hashed.digests.get(options.algorithm)?.toString('hex') ?? ''}`,
    size: hashed.size
  }
}
