import type { FailureKind as ErrorKind } from '@sign/failure'
/**
 * Which of the four failure kinds an error is (runAction and the CLI read it structurally):
 * configuration (a mistake in the workflow or command), verification (what was checked did not
 * pass), remote (a service refused or failed), internal (a bug).
 */

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
  /**
   * Configuration (every code is a user mistake to fix) — except trust material that a service
   * failed to serve (a TUF repository): then the kind of that cause, remote.
   */
  readonly kind: ErrorKind
  /** What to check, when the cause was a service's failure. */
  readonly hint: string | undefined

  constructor(options: { code: VerifyErrorCode; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause })
    this.name = 'VerifyError'
    this.code = options.code
    const cause = options.cause as { kind?: unknown; hint?: unknown } | undefined
    const remote = typeof cause === 'object' && cause !== null && cause.kind === 'remote'
    this.kind = remote ? 'remote' : 'configuration'
    this.hint = remote && typeof cause.hint === 'string' ? cause.hint : undefined
  }
}
