import { createHash } from 'node:crypto'
import { OciError } from '../errors.ts'
import { describeLimit } from '../http/body-limits.ts'
import { parseDigest } from '../reference/digest.ts'
import type { RegistryClient } from './client.ts'
import { registryError } from './errors.ts'
import { describeRepository, type Repository } from './repository.ts'

interface BlobRequest {
  client: RegistryClient
  repo: Repository
  digest: string
}

/** A blob to read, and the most bytes to take of it. */
export interface ReadBlobRequest extends BlobRequest {
  /** Over this (by Content-Length, or counted as it streams) the read stops with TOO_LARGE. */
  maxBytes?: number
}

/** Whether the repository holds the blob (HEAD). */
export async function blobExists({ client, repo, digest }: BlobRequest): Promise<boolean> {
  const response = await client.request({
    repo,
    operation: 'blob.exists',
    access: 'pull',
    method: 'HEAD',
    path: `blobs/${digest}`
  })
  await response.body?.cancel()
  if (response.status === 200) return true
  if (response.status === 404) return false
  throw await registryError({ response, repo, operation: 'blob.exists' })
}

/**
 * Streams a blob, hashing as it goes; the stream fails at its end with DIGEST_MISMATCH when the
 * bytes are not the ones asked for, so nothing unverified is ever taken as complete. With
 * `maxBytes`, a longer blob fails with TOO_LARGE as soon as it shows (the connection cancelled).
 */
export async function* streamBlob({
  client,
  repo,
  digest,
  maxBytes
}: ReadBlobRequest): AsyncGenerator<Uint8Array> {
  const { algorithm, hex } = parseDigest(digest)
  const response = await client.request({
    repo,
    operation: 'blob.get',
    access: 'pull',
    method: 'GET',
    path: `blobs/${digest}`
  })
  if (response.status !== 200 || !response.body)
    throw await registryError({ response, repo, operation: 'blob.get' })
  const limit = maxBytes ?? Number.MAX_SAFE_INTEGER
  const tooLarge = (): OciError =>
    new OciError({
      code: 'TOO_LARGE',
      status: response.status,
      message: `blob.get on ${describeRepository(repo)}: blob ${digest} is over the ${describeLimit(limit)} limit; refusing to read it`
    })
  if (Number(response.headers.get('content-length') ?? 0) > limit) {
    await response.body.cancel()
    throw tooLarge()
  }
  const hash = createHash(algorithm)
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  let length = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      length += value.byteLength
      if (length > limit) throw tooLarge()
      hash.update(value)
      yield value
    }
  } finally {
    // Stops the transfer when the read ends early (over the limit, or the consumer stopped).
    await reader.cancel().catch(() => undefined)
  }
  const actual = hash.digest('hex')
  if (actual !== hex) {
    throw new OciError({
      code: 'DIGEST_MISMATCH',
      message: `blob ${digest} from ${describeRepository(repo)} has digest ${algorithm}:${actual}`
    })
  }
}

/** Fetches a whole (small) blob, verified, of at most `maxBytes` when given. */
export async function fetchBlob(request: ReadBlobRequest): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  for await (const chunk of streamBlob(request)) chunks.push(chunk)
  return Buffer.concat(chunks)
}
