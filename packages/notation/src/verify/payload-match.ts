import type { NotaryAlgorithm } from '../signer/signer.ts'
import { HASH_OF } from '../signer/algorithm.ts'
import type { TargetArtifact } from '../payload/target-artifact.ts'
import type { VerificationTarget } from './types.ts'

/** Options of {@link checkPayload}. */
export interface CheckPayloadOptions {
  payload: TargetArtifact
  target: VerificationTarget
  /** The signature algorithm, which fixes a blob payload's digest algorithm. */
  algorithm: NotaryAlgorithm
}

/**
 * Step 9 of notary.md §3.3. OCI: the payload's targetArtifact must equal the descriptor on
 * mediaType, digest and size. Blob: digest (with the signature algorithm's hash) and size, and
 * mediaType only when the caller gave one. Returns the failure message.
 */
export async function checkPayload(options: CheckPayloadOptions): Promise<string | undefined> {
  const { payload, target } = options
  if (target.kind === 'oci') {
    const { mediaType, digest, size } = target.descriptor
    const equal =
      payload.mediaType === mediaType && payload.digest === digest && payload.size === size
    return equal ? undefined : 'content descriptor mismatch'
  }
  const mismatch = 'integrity check failed. signature does not match the given blob'
  if (target.mediaType !== undefined && payload.mediaType !== target.mediaType) return mismatch
  if (payload.size !== target.size) return mismatch
  const digest = await target.digest(HASH_OF[options.algorithm])
  return payload.digest === digest ? undefined : mismatch
}

/** Options of {@link checkUserMetadata}. */
export interface CheckUserMetadataOptions {
  payload: TargetArtifact
  userMetadata?: Record<string, string>
}

/** Every required key/value must be in the payload annotations. Returns the failure message. */
export function checkUserMetadata(options: CheckUserMetadataOptions): string | undefined {
  const annotations = options.payload.annotations ?? {}
  const missing = Object.entries(options.userMetadata ?? {}).some(
    ([key, value]) => !Object.hasOwn(annotations, key) || annotations[key] !== value
  )
  return missing ? 'unable to find specified metadata in the signature' : undefined
}
