/** Why verification could not even be attempted, for callers that branch on it. */
export type VerifyErrorCode =
  /** The policy document (or the options standing in for it) is invalid. */
  | 'INVALID_POLICY'
  /** A target or option is malformed or names something absent. */
  | 'INVALID_INPUT'
  /** Trust material (trusted root, TUF, trust policy, trust store) could not be loaded. */
  | 'TRUST_MATERIAL'

/**
 * The one error type of this package. Verification *failures* are not errors: they are verdicts
 * in the report. A VerifyError means the run itself cannot go on (a user mistake to fix).
 */
export class VerifyError extends Error {
  readonly code: VerifyErrorCode

  constructor(options: { code: VerifyErrorCode; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause })
    this.name = 'VerifyError'
    this.code = options.code
  }
}
