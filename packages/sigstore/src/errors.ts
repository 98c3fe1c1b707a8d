/** Why a Sigstore operation failed, for callers that branch on it. */
export type SigstoreErrorCode =
  | 'INVALID_INSTANCE'
  | 'IDENTITY_TOKEN_FAILED'
  | 'CERTIFICATE_FAILED'
  | 'TLOG_FAILED'
  | 'TIMESTAMP_FAILED'
  | 'SIGNING_FAILED'
  | 'INVALID_INPUT'
  | 'STORAGE_FAILED'
  | 'INVALID_BUNDLE'
  | 'VERIFICATION_FAILED'
  | 'POLICY_FAILED'
  | 'TRUST_ROOT'

/** The one error type of this package: a `code` to branch on and the `cause` behind it. */
export class SigstoreError extends Error {
  readonly code: SigstoreErrorCode
  /** The HTTP status, when a Sigstore service (Fulcio, Rekor, TSA) answered with an error. */
  readonly status: number | undefined

  constructor(options: {
    code: SigstoreErrorCode
    message: string
    status?: number
    cause?: unknown
  }) {
    super(options.message, { cause: options.cause })
    this.name = 'SigstoreError'
    this.code = options.code
    this.status = options.status
  }
}
