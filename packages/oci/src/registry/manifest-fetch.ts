import { OciError } from '../errors.ts'
import { MAX_MANIFEST_BYTES } from '../http/body-limits.ts'
import { readBodyCapped } from '../http/read-body.ts'
import { MANIFEST_ACCEPT } from '../media-types.ts'
import { digestOf, parseDigest } from '../reference/digest.ts'
import { registryError } from './errors.ts'
import { isDigest, type ManifestRequest } from './manifest-request.ts'
import { describeRepository } from './repository.ts'

/** A manifest exactly as stored: its bytes, media type and digest. */
export interface FetchedManifest {
  bytes: Buffer
  mediaType: string
  digest: string
  /** The registry's ETag, for conditional writes. */
  etag: string | undefined
}

/**
 * Fetches a manifest with the full Accept set. By digest, the bytes are checked against it; by
 * tag, against the registry's Docker-Content-Digest. Returns undefined for 404. At most 4 MiB
 * (the distribution spec's manifest limit) is read: a longer body is TOO_LARGE.
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
  const bytes = await readBodyCapped({
    response,
    limit: MAX_MANIFEST_BYTES,
    operation: 'manifest.get',
    source: describeRepository(repo)
  })
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
