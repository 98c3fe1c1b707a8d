/** Why a Notary Project operation failed, for callers that branch on it. */
export type NotationErrorCode =
  | 'INVALID_CERTIFICATE_CHAIN'
  | 'UNSUPPORTED_KEY'
  | 'INVALID_INPUT'
  | 'KEY_VAULT_FAILED'
  | 'SIGNING_FAILED'
  | 'INVALID_ENVELOPE'
  | 'STORAGE_FAILED'
  | 'INVALID_TRUST_POLICY'
  | 'TRUST_STORE'
  | 'NO_APPLICABLE_TRUST_POLICY'
  | 'VERIFICATION_FAILED'

/** The one error type of this package: a `code` to branch on and the `cause` behind it. */
export class NotationError extends Error {
  readonly code: NotationErrorCode

  constructor(options: { code: NotationErrorCode; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause })
    this.name = 'NotationError'
    this.code = options.code
  }
}
