import { OciError } from '../errors.ts'
import type { Descriptor } from '../descriptor.ts'
import { parseDigest } from '../reference/digest.ts'
import { expectStatus, registryError } from './errors.ts'
import { fetchManifest } from './manifest-fetch.ts'
import { headManifest, isDigest, type ManifestRequest } from './manifest-request.ts'
import { describeRepository } from './repository.ts'

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
