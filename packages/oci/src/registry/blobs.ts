import { createHash } from 'node:crypto'
import { OciError } from '../errors.ts'
import { parseDigest } from '../reference/digest.ts'
import type { RegistryClient } from './client.ts'
import { registryError } from './errors.ts'
import { describeRepository, type Repository } from './repository.ts'

interface BlobRequest {
  client: RegistryClient
  repo: Repository
  digest: string
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
 * bytes are not the ones asked for, so nothing unverified is ever taken as complete.
 */
export async function* streamBlob({
  client,
  repo,
  digest
}: BlobRequest): AsyncGenerator<Uint8Array> {
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
  const hash = createHash(algorithm)
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    hash.update(chunk)
    yield chunk
  }
  const actual = hash.digest('hex')
  if (actual !== hex) {
    throw new OciError({
      code: 'DIGEST_MISMATCH',
      message: `blob ${digest} from ${describeRepository(repo)} has digest ${algorithm}:${actual}`
    })
  }
}

/** Fetches a whole (small) blob, verified. */
export async function fetchBlob(request: BlobRequest): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  for await (const chunk of streamBlob(request)) chunks.push(chunk)
  return Buffer.concat(chunks)
}
