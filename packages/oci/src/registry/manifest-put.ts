import { OciError } from '../errors.ts'
import type { Descriptor } from '../descriptor.ts'
import { digestOf } from '../reference/digest.ts'
import { isRetryableStatus, retryBudget } from '../http/retry.ts'
import { expectStatus } from './errors.ts'
import type { ManifestRequest } from './manifest-request.ts'
import { resolveManifest } from './manifest-resolve.ts'
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
 * consistent storage → MANIFEST_BLOB_UNKNOWN). Retried a few times with short jitter (another
 * writer's race, not an outage); nothing else of 4xx is.
 */
const PASSING_PUT_ERRORS = new Set(['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN'])
const PASSING_PUT_ATTEMPTS = 4

/** The options of putManifest: the exact bytes, their media type, and an optional If-Match. */
export type PutManifestOptions = ManifestRequest & {
  bytes: Uint8Array
  mediaType: string
  ifMatch?: string
  /**
   * Whether a PUT that still failed as the network may have made it fail is looked up and tried
   * again (default true). A read-modify-write caller passes false: it re-reads instead.
   */
  recoverLost?: boolean
}

/**
 * Puts a manifest's exact bytes under a tag or its digest. `ifMatch` makes the write conditional.
 *
 * The PUT is idempotent, so the transport repeats it on a lost connection or a 408/429/5xx. When
 * that still ends in failure, the registry may have stored it before the answer was lost: the
 * reference is looked up (HEAD) and, when it names exactly these bytes, the write is done.
 * Otherwise it is tried again, by the transport's retry policy.
 */
export async function putManifest(options: PutManifestOptions): Promise<PutManifestResult> {
  const budget = retryBudget({ policy: options.client.transport.retry })
  for (let passingTries = 1; ;) {
    try {
      return await putManifestOnce(options)
    } catch (error) {
      if (!(error instanceof OciError)) throw error
      if (PASSING_PUT_ERRORS.has(error.registryCode ?? '')) {
        if (passingTries++ >= PASSING_PUT_ATTEMPTS) throw error
        await new Promise(resolve => setTimeout(resolve, 50 + Math.random() * 100 * passingTries))
      } else {
        const interrupted =
          error.code === 'NETWORK_ERROR' ||
          (error.status !== undefined && isRetryableStatus(error.status))
        if (!interrupted || options.recoverLost === false) throw error
        const stored = await storedAs(options)
        if (stored) return stored
        if (!(await budget.next())) throw error
      }
      options.client.logger?.debug(`manifest.put tried again after: ${error.message}`)
    }
  }
}

/** The result of a PUT the registry took though its answer was lost, or undefined. */
async function storedAs(options: PutManifestOptions): Promise<PutManifestResult | undefined> {
  const { client, repo, reference, bytes, mediaType } = options
  const digest = digestOf(bytes, 'sha256')
  try {
    const found = await resolveManifest({ client, repo, reference })
    if (found.digest !== digest) return undefined
  } catch (error) {
    if (error instanceof OciError && error.code === 'NOT_FOUND') return undefined
    throw error
  }
  client.logger?.debug(`manifest.put of ${reference}: the registry holds ${digest} already`)
  return {
    descriptor: { mediaType, digest, size: bytes.byteLength },
    // The OCI-Subject answer was lost with the response: the caller learns it another way.
    indexedSubject: undefined
  }
}

async function putManifestOnce(options: PutManifestOptions): Promise<PutManifestResult> {
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
