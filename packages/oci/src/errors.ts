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

/** The one error type of this package: a `code` to branch on and the `cause` behind it. */
export class OciError extends Error {
  readonly code: OciErrorCode
  /** HTTP status when a registry answered. */
  readonly status: number | undefined
  /** The registry's own error code (`MANIFEST_UNKNOWN`, `DIGEST_INVALID`…) when it sent one. */
  readonly registryCode: string | undefined

  constructor(options: {
    code: OciErrorCode
    message: string
    status?: number
    registryCode?: string
    cause?: unknown
  }) {
    super(options.message, { cause: options.cause })
    this.name = 'OciError'
    this.code = options.code
    this.status = options.status
    this.registryCode = options.registryCode
  }
}
