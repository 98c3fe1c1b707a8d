import { createHash } from 'node:crypto'
import { mkdir, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Descriptor } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import { readRegularFile } from '../fs/read-regular-file.ts'
import { parseDigest } from '../reference/digest.ts'
import type { BlobSource } from '../registry/upload.ts'
import { writeFileAtomic } from '../atomic-file.ts'
import { blobPath, indexPath } from './paths.ts'

interface BlobRequest {
  /** The layout directory. */
  root: string
  digest: string
}

/** Whether the layout holds a blob file for the digest. */
export async function hasBlob(request: BlobRequest): Promise<boolean> {
  const info = await stat(blobPath(request)).catch(ignoreMissing)
  return info?.isFile() ?? false
}

/** Options of {@link readBlob}. */
export interface ReadBlobOptions extends BlobRequest {
  /** The most bytes read (default: the whole file); a longer blob is TOO_LARGE. */
  maxBytes?: number
}

/**
 * A blob's bytes, checked against its digest (NOT_FOUND when absent, DIGEST_MISMATCH when
 * altered). The blob must be a regular file (NOT_REGULAR_FILE for a directory, FIFO or link to a
 * device), and no more than `maxBytes` of it is ever read.
 */
export async function readBlob(request: ReadBlobOptions): Promise<Buffer> {
  const path = blobPath(request)
  const bytes = await readRegularFile({
    path,
    limit: request.maxBytes ?? Number.MAX_SAFE_INTEGER,
    what: `blob ${request.digest} of the OCI layout ${request.root}`
  }).catch(ignoreMissing)
  if (!bytes) {
    throw new OciError({
      code: 'NOT_FOUND',
      message: `blob ${request.digest} is not in the OCI layout ${request.root}: ${path} does not exist`
    })
  }
  const { algorithm, hex } = parseDigest(request.digest)
  const actual = createHash(algorithm).update(bytes).digest('hex')
  if (actual !== hex) {
    throw new OciError({
      code: 'DIGEST_MISMATCH',
      message: `${path} has digest ${algorithm}:${actual}, not ${request.digest}: the file was altered or corrupted; delete it and push the content again`
    })
  }
  return bytes
}

/** The blob of a manifest index.json lists, up to `maxBytes`: its absence makes the layout invalid. */
export async function readListedBlob(options: {
  root: string
  entry: Descriptor
  maxBytes?: number
}): Promise<Buffer> {
  const { root, entry, maxBytes } = options
  try {
    return await readBlob({
      root,
      digest: entry.digest,
      ...(maxBytes === undefined ? {} : { maxBytes })
    })
  } catch (error) {
    if (!(error instanceof OciError && error.code === 'NOT_FOUND')) throw error
    throw new OciError({
      code: 'INVALID_LAYOUT',
      message: `${indexPath({ root })} lists ${entry.digest}, but ${blobPath({ root, digest: entry.digest })} is missing; restore that blob or remove the entry`,
      cause: error
    })
  }
}

/**
 * Stores a blob unless the layout has it, hashing what is written: content that does not match
 * the digest is discarded (DIGEST_MISMATCH) and never appears under the digest's name.
 */
export async function writeBlob(options: BlobRequest & { content: BlobSource }): Promise<void> {
  const { root, digest, content } = options
  if (await hasBlob({ root, digest })) return
  const path = blobPath({ root, digest })
  const { algorithm, hex } = parseDigest(digest)
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic({
    path,
    write: async file => {
      const hash = createHash(algorithm)
      const chunks = content instanceof Uint8Array ? [content] : content.open()
      for await (const chunk of chunks) {
        hash.update(chunk)
        await file.writeFile(chunk)
      }
      const actual = hash.digest('hex')
      if (actual !== hex) {
        throw new OciError({
          code: 'DIGEST_MISMATCH',
          message: `the content pushed as ${digest} to the OCI layout ${root} has digest ${algorithm}:${actual}; nothing was stored — push the bytes that digest names`
        })
      }
    }
  })
}

/** `undefined` for a missing file; every other error goes on. */
function ignoreMissing(error: unknown): undefined {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
  throw error
}
