import { OciError } from '../errors.ts'
import type { Descriptor, ImageIndex } from '../descriptor.ts'
import { MANIFEST_ACCEPT, isIndexMediaType } from '../media-types.ts'
import { digestOf, parseDigest } from '../reference/digest.ts'
import type { RegistryClient } from './client.ts'
import { expectStatus, registryError } from './errors.ts'
import { describeRepository, type Repository } from './repository.ts'

/** A manifest exactly as stored: its bytes, media type and digest. */
export interface FetchedManifest {
  bytes: Buffer
  mediaType: string
  digest: string
  /** The registry's ETag, for conditional writes. */
  etag: string | undefined
}

interface ManifestRequest {
  client: RegistryClient
  repo: Repository
  /** A tag or a digest. */
  reference: string
}

const isDigest = (reference: string): boolean => reference.includes(':')

/**
 * Fetches a manifest with the full Accept set. By digest, the bytes are checked against it; by
 * tag, against the registry's Docker-Content-Digest. Returns undefined for 404.
 */
export async function fetchManifest({
  client,
  repo,
  reference
}: ManifestRequest): Promise<FetchedManifest | undefined> {
  const response = await client.request({
    repo,
    operation: 'manifest.get',
    access: 'pull',
    method: 'GET',
    path: `manifests/${reference}`,
    headers: { accept: MANIFEST_ACCEPT }
  })
  if (response.status === 404) {
    await response.body?.cancel()
    return undefined
  }
  if (response.status !== 200)
    throw await registryError({ response, repo, operation: 'manifest.get' })
  const bytes = Buffer.from(await response.arrayBuffer())
  const claimed = isDigest(reference)
    ? reference
    : (response.headers.get('docker-content-digest') ?? undefined)
  const algorithm = claimed ? parseDigest(claimed).algorithm : 'sha256'
  const digest = digestOf(bytes, algorithm)
  if (claimed && claimed !== digest) {
    throw new OciError({
      code: 'DIGEST_MISMATCH',
      message: `manifest ${reference} of ${describeRepository(repo)} has digest ${digest}, not ${claimed}`
    })
  }
  const mediaType =
    (response.headers.get('content-type') ?? '').split(';')[0]?.trim() || mediaTypeOf(bytes)
  return { bytes, mediaType, digest, etag: response.headers.get('etag') ?? undefined }
}

function mediaTypeOf(bytes: Buffer): string {
  try {
    return (JSON.parse(bytes.toString()) as { mediaType?: string }).mediaType ?? ''
  } catch {
    return ''
  }
}

/** Result of a manifest PUT: its digest, and the subject the registry says it indexed (OCI-Subject). */
export interface PutManifestResult {
  descriptor: Descriptor
  indexedSubject: string | undefined
}

/**
 * Registry answers to a manifest PUT that can only be passing when we computed the digest and
 * pushed every blob ourselves: a blob another writer is committing at that moment (distribution
 * rewrites its link file non-atomically → DIGEST_INVALID) or not yet visible (eventually
 * consistent storage → MANIFEST_BLOB_UNKNOWN). Retried a few times with jitter; nothing else is.
 */
const PASSING_PUT_ERRORS = new Set(['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN'])
const PUT_ATTEMPTS = 4

/** Puts a manifest's exact bytes under a tag or its digest. `ifMatch` makes the write conditional. */
export async function putManifest(
  options: ManifestRequest & { bytes: Uint8Array; mediaType: string; ifMatch?: string }
): Promise<PutManifestResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await putManifestOnce(options)
    } catch (error) {
      const passing = error instanceof OciError && PASSING_PUT_ERRORS.has(error.registryCode ?? '')
      if (!passing || attempt === PUT_ATTEMPTS) throw error
      options.client.logger?.debug(
        `manifest.put retried after ${error.registryCode}: ${error.message}`
      )
      await new Promise(resolve => setTimeout(resolve, 50 + Math.random() * 100 * attempt))
    }
  }
}

async function putManifestOnce(
  options: ManifestRequest & { bytes: Uint8Array; mediaType: string; ifMatch?: string }
): Promise<PutManifestResult> {
  const { client, repo, reference, bytes, mediaType } = options
  const response = await client.request({
    repo,
    operation: 'manifest.put',
    access: 'push',
    method: 'PUT',
    path: `manifests/${reference}`,
    headers: {
      'content-type': mediaType,
      ...(options.ifMatch ? { 'if-match': options.ifMatch } : {})
    },
    body: bytes
  })
  if (response.status === 412) {
    await response.body?.cancel()
    throw new OciError({
      code: 'CONFLICT',
      status: 412,
      message: `manifest ${reference} of ${describeRepository(repo)} changed since it was read`
    })
  }
  await expectStatus({ response, ok: [201], repo, operation: 'manifest.put' })
  const digest = digestOf(bytes, 'sha256')
  return {
    descriptor: { mediaType, digest, size: bytes.byteLength },
    indexedSubject: response.headers.get('oci-subject') ?? undefined
  }
}

/**
 * Resolves a tag (or digest) to a descriptor once: HEAD and the registry's Docker-Content-Digest,
 * else GET and hash the bytes.
 */
export async function resolveManifest({
  client,
  repo,
  reference
}: ManifestRequest): Promise<Descriptor> {
  const response = await headManifest({ client, repo, reference }, 'manifest.resolve')
  await response.body?.cancel()
  const digest = response.headers.get('docker-content-digest')
  const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim()
  const size = Number(response.headers.get('content-length'))
  if (
    response.status === 200 &&
    digest &&
    mediaType &&
    Number.isInteger(size) &&
    (!isDigest(reference) || digest === reference)
  ) {
    parseDigest(digest)
    return { mediaType, digest, size }
  }
  if (response.status !== 200 && response.status !== 405) {
    throw await registryError({ response, repo, operation: `resolve ${reference}` })
  }
  const fetched = await fetchManifest({ client, repo, reference })
  if (!fetched)
    throw new OciError({
      code: 'NOT_FOUND',
      status: 404,
      message: `${describeRepository(repo)}:${reference} does not exist`
    })
  return { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.byteLength }
}

/** Deletes a manifest by digest. Returns false when the registry refuses deletes (405) or lacks it. */
export async function deleteManifest({
  client,
  repo,
  reference
}: ManifestRequest): Promise<boolean> {
  const response = await client.request({
    repo,
    operation: 'manifest.delete',
    access: 'delete',
    method: 'DELETE',
    path: `manifests/${reference}`
  })
  const status = await expectStatus({
    response,
    ok: [200, 202, 404, 405],
    repo,
    operation: 'manifest.delete'
  })
  return status === 200 || status === 202
}

/** The platform manifests of an index (empty for a single-platform manifest). */
export function platformManifests(manifest: {
  bytes: Uint8Array
  mediaType: string
}): Descriptor[] {
  if (!isIndexMediaType(manifest.mediaType)) return []
  const index = JSON.parse(Buffer.from(manifest.bytes).toString()) as ImageIndex
  return index.manifests.filter(
    d => !d.artifactType && !d.annotations?.['vnd.docker.reference.type']
  )
}

/** Whether a manifest exists (HEAD by digest or tag). */
export async function manifestExists({
  client,
  repo,
  reference
}: ManifestRequest): Promise<boolean> {
  const response = await headManifest({ client, repo, reference }, 'manifest.exists')
  return (
    (await expectStatus({ response, ok: [200, 404], repo, operation: 'manifest.exists' })) === 200
  )
}

function headManifest(
  { client, repo, reference }: ManifestRequest,
  operation: string
): Promise<Response> {
  return client.request({
    repo,
    operation,
    access: 'pull',
    method: 'HEAD',
    path: `manifests/${reference}`,
    headers: { accept: MANIFEST_ACCEPT }
  })
}
