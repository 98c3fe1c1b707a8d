import { OciError } from '../errors.ts'
import type { Descriptor } from '../descriptor.ts'
import { digestOf } from '../reference/digest.ts'
import { expectStatus } from './errors.ts'
import type { ManifestRequest } from './manifest-request.ts'
import { describeRepository } from './repository.ts'

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
