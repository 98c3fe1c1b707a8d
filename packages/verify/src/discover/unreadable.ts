import { OciError, type Descriptor } from '@sign/oci'
import { SigstoreError } from '@sign/sigstore'

/**
 * Why one signature artifact cannot be read — thrown inside discovery and turned into a
 * `kind: 'unreadable'` result, so one bad artifact never hides the others.
 */
export class UnreadableArtifact extends Error {
  /** The manifest that could not be read, when it was fetched. */
  readonly manifest: Descriptor | undefined

  constructor(reason: string, options?: { cause?: unknown; manifest?: Descriptor }) {
    super(reason, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'UnreadableArtifact'
    this.manifest = options?.manifest
  }
}

/**
 * The reason an artifact is unreadable, when `error` is about the artifact itself (missing,
 * altered, malformed); undefined for registry, network and auth failures, which must propagate.
 */
export function unreadableReason(error: unknown): string | undefined {
  if (error instanceof UnreadableArtifact) return error.message
  if (error instanceof OciError) {
    return [
      'NOT_FOUND',
      'DIGEST_MISMATCH',
      'INVALID_CONTENT',
      'TOO_LARGE',
      'NOT_REGULAR_FILE'
    ].includes(error.code)
      ? error.message
      : undefined
  }
  if (error instanceof SigstoreError) {
    return error.code === 'INVALID_BUNDLE' ? error.message : undefined
  }
  return undefined
}
