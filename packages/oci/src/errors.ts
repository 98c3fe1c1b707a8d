/** Why an OCI operation failed, for callers that branch on it. */
export type OciErrorCode =
  | 'INVALID_REFERENCE'
  | 'INVALID_DIGEST'
  | 'AUTH_FAILED'
  | 'NOT_FOUND'
  | 'DIGEST_MISMATCH'
  | 'REGISTRY_ERROR'
  | 'NETWORK_ERROR'
  | 'CONFLICT'
  | 'INSECURE_REFUSED'
  | 'CREDENTIAL_HELPER_FAILED'
  | 'INVALID_LAYOUT'
  | 'INVALID_CONTENT'
  /** A response, file or list over the size or count this package will read. */
  | 'TOO_LARGE'
  /** A path that must be a regular file is a directory, FIFO, device or socket. */
  | 'NOT_REGULAR_FILE'

/** The one error type of this package: a `code` to branch on and the `cause` behind it. */
export class OciError extends Error {
  readonly code: OciErrorCode
  /** HTTP status when a registry answered. */
  readonly status: number | undefined
  /** The registry's own error code (`MANIFEST_UNKNOWN`, `DIGEST_INVALID`…) when it sent one. */
  readonly registryCode: string | undefined
  /** When a referrers list failed: which source was being read (the API or the tag schema). */
  readonly referrersSource: 'api' | 'tag-schema' | undefined

  constructor(options: {
    code: OciErrorCode
    message: string
    status?: number
    registryCode?: string
    referrersSource?: 'api' | 'tag-schema'
    cause?: unknown
  }) {
    super(options.message, { cause: options.cause })
    this.name = 'OciError'
    this.code = options.code
    this.status = options.status
    this.registryCode = options.registryCode
    this.referrersSource = options.referrersSource
  }
}
