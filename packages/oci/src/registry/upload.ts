import { OciError } from '../errors.ts'
import type { RegistryClient } from './client.ts'
import { expectStatus } from './errors.ts'
import { blobExists } from './blobs.ts'
import type { Repository } from './repository.ts'

/** Blob content: bytes, or a size and a way to read it (again, if an upload must restart). */
export type BlobSource = Uint8Array | { size: number; open: () => AsyncIterable<Uint8Array> }

export interface PushBlobOptions {
  client: RegistryClient
  repo: Repository
  digest: string
  content: BlobSource
  /** A repository on the same registry that already holds the blob: mounted, not uploaded. */
  mountFrom?: string
}

export type PushBlobResult = 'exists' | 'mounted' | 'uploaded'

const sizeOf = (content: BlobSource): number =>
  content instanceof Uint8Array ? content.byteLength : content.size

/**
 * Pushes a blob unless the repository has it: a cross-repository mount when the source is known,
 * else POST + PUT (one request with the bytes), or PATCH chunks above the client's chunk size.
 * A failed chunked upload restarts from the beginning once.
 */
export async function pushBlob(options: PushBlobOptions): Promise<PushBlobResult> {
  const { client, repo, digest } = options
  if (await blobExists({ client, repo, digest })) return 'exists'
  const mount = options.mountFrom
    ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(options.mountFrom)}`
    : ''
  const start = await client.request({
    repo,
    operation: 'blob.upload',
    access: 'push',
    method: 'POST',
    path: `blobs/uploads/${mount}`,
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
    return 'uploaded'
  }
  try {
    await uploadChunks({ ...options, location })
  } catch (error) {
    if (error instanceof OciError && error.code === 'DIGEST_MISMATCH') throw error
    client.logger?.warning(
      `chunked upload of ${digest} failed (${(error as Error).message}); restarting it`
    )
    const again = await client.request({
      repo,
      operation: 'blob.upload',
      access: 'push',
      method: 'POST',
      path: 'blobs/uploads/',
      idempotent: true
    })
    await expectStatus({ response: again, ok: [202], repo, operation: 'blob.upload' })
    await uploadChunks({ ...options, location: await uploadLocation(client, repo, again) })
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
    body: options.body ?? new Uint8Array()
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
