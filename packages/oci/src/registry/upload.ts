import { OciError } from '../errors.ts'
import type { RegistryClient } from './client.ts'
import { expectStatus } from './errors.ts'
import { blobExists } from './blobs.ts'
import { isRetryableStatus, retryBudget } from '../http/retry.ts'
import { describeRepository, type Repository } from './repository.ts'

/** Blob content: bytes, or a size and a way to read it (again, if an upload must restart). */
export type BlobSource = Uint8Array | { size: number; open: () => AsyncIterable<Uint8Array> }

export interface PushBlobOptions {
  client: RegistryClient
  repo: Repository
  digest: string
  content: BlobSource
  /** A repository on the same registry that already holds the blob: mounted, not uploaded. */
  mountFrom?: string
  /**
   * Ask first whether the repository holds the blob (default true). Off for content that is new
   * almost always (a signature, a fresh SBOM): a HEAD saved each time, a blob sent twice rarely.
   */
  probe?: boolean
}

export type PushBlobResult = 'exists' | 'mounted' | 'uploaded'

const sizeOf = (content: BlobSource): number =>
  content instanceof Uint8Array ? content.byteLength : content.size

/**
 * Pushes a blob unless the repository has it: a cross-repository mount when the source is known,
 * else POST + PUT (one request with the bytes), or PATCH chunks above the client's chunk size.
 *
 * Finishing an upload is not idempotent (the registry forgets the session once it commits, so a
 * repeated PUT meets 404 BLOB_UPLOAD_UNKNOWN), nor is a PATCH: neither is retried as it is. When
 * an upload fails in a way that may have been the network's doing (a connection lost, a 408,
 * 429 or 5xx, a session the registry no longer knows), the registry is asked whether it holds
 * the blob after all (HEAD by digest: the answer to a commit that worked may be what was lost);
 * if not, the upload starts over from a new session, by the transport's retry policy.
 */
export async function pushBlob(options: PushBlobOptions): Promise<PushBlobResult> {
  const { client, repo, digest } = options
  if (options.probe !== false && (await blobExists({ client, repo, digest }))) return 'exists'
  const budget = retryBudget({ policy: client.transport.retry })
  for (;;) {
    try {
      return await uploadOnce(options)
    } catch (error) {
      if (!isInterrupted(error)) throw error
      if (await blobExists({ client, repo, digest })) {
        client.logger?.debug(
          `upload of ${digest} ended in ${(error as Error).message}, yet the registry holds it`
        )
        return 'uploaded'
      }
      if (!(await budget.next())) throw error
      client.logger?.info(
        `upload of ${digest} to ${describeRepository(repo)} failed (${(error as Error).message}); restarting it (try ${budget.tries})`
      )
    }
  }
}

/** A failure after which the upload may be retried from a new session. */
function isInterrupted(error: unknown): boolean {
  if (!(error instanceof OciError)) return false
  return (
    error.code === 'NETWORK_ERROR' ||
    (error.status !== undefined && isRetryableStatus(error.status)) ||
    error.registryCode === 'BLOB_UPLOAD_UNKNOWN' ||
    error.registryCode === 'BLOB_UPLOAD_INVALID'
  )
}

/** One upload session: POST, then the bytes in one PUT or in PATCH chunks and a closing PUT. */
async function uploadOnce(options: PushBlobOptions): Promise<PushBlobResult> {
  const { client, repo, digest } = options
  const mount = options.mountFrom
    ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(options.mountFrom)}`
    : ''
  const start = await client.request({
    repo,
    operation: 'blob.upload',
    access: 'push',
    method: 'POST',
    path: `blobs/uploads/${mount}`,
    // A second session, when the answer to the first was lost, is harmless: it expires unused.
    idempotent: true,
    ...(options.mountFrom ? { extraScopes: [`repository:${options.mountFrom}:pull`] } : {})
  })
  const started = await expectStatus({
    response: start,
    ok: mount ? [201, 202] : [202],
    repo,
    operation: 'blob.upload'
  })
  if (started === 201) return 'mounted'
  const location = await uploadLocation(client, repo, start)
  const size = sizeOf(options.content)
  if (size <= client.chunkSize) {
    const bytes = await readAll(options.content)
    await finish({ client, repo, location, digest, body: bytes })
  } else {
    await uploadChunks({ ...options, location })
  }
  return 'uploaded'
}

async function uploadLocation(
  client: RegistryClient,
  repo: Repository,
  response: Response
): Promise<URL> {
  const location = response.headers.get('location')
  if (!location)
    throw new OciError({
      code: 'REGISTRY_ERROR',
      message: `blob.upload on ${repo.registry}: no Location header`
    })
  return new URL(location, await client.url(repo, ''))
}

async function finish(options: {
  client: RegistryClient
  repo: Repository
  location: URL
  digest: string
  body?: Uint8Array
}): Promise<void> {
  const url = new URL(options.location)
  url.searchParams.set('digest', options.digest)
  const response = await options.client.request({
    repo: options.repo,
    operation: 'blob.upload.finish',
    access: 'push',
    method: 'PUT',
    path: url.href,
    headers: { 'content-type': 'application/octet-stream' },
    body: options.body ?? new Uint8Array(),
    idempotent: false
  })
  await expectStatus({ response, ok: [201], repo: options.repo, operation: 'blob.upload.finish' })
}

async function uploadChunks(options: PushBlobOptions & { location: URL }): Promise<void> {
  const { client, repo, digest } = options
  let location = options.location
  let offset = 0
  for await (const chunk of rechunk(options.content, client.chunkSize)) {
    const response = await client.request({
      repo,
      operation: 'blob.upload.chunk',
      access: 'push',
      method: 'PATCH',
      path: location.href,
      headers: {
        'content-type': 'application/octet-stream',
        'content-range': `${offset}-${offset + chunk.byteLength - 1}`
      },
      body: chunk
    })
    await expectStatus({ response, ok: [202], repo, operation: 'blob.upload.chunk' })
    location = await uploadLocation(client, repo, response)
    offset += chunk.byteLength
  }
  await finish({ client, repo, location, digest })
}

async function readAll(content: BlobSource): Promise<Uint8Array> {
  if (content instanceof Uint8Array) return content
  const parts: Uint8Array[] = []
  for await (const part of content.open()) parts.push(part)
  return Buffer.concat(parts)
}

/** Regroups a source into pieces of exactly `size` bytes (the last may be shorter). */
async function* rechunk(content: BlobSource, size: number): AsyncGenerator<Uint8Array> {
  if (content instanceof Uint8Array) {
    for (let at = 0; at < content.byteLength; at += size) yield content.subarray(at, at + size)
    return
  }
  let pending: Buffer[] = []
  let length = 0
  for await (const part of content.open()) {
    pending.push(Buffer.from(part))
    length += part.byteLength
    while (length >= size) {
      const all = Buffer.concat(pending)
      yield all.subarray(0, size)
      pending = [all.subarray(size)]
      length -= size
    }
  }
  if (length > 0) yield Buffer.concat(pending)
}
