import type { FailureKind as ErrorKind } from '@sign/failure'
/**
 * Which of the four failure kinds an error is (runAction and the CLI read it structurally):
 * configuration (a mistake in the workflow or command), verification (what was checked did not
 * pass), remote (a service refused or failed), internal (a bug).
 */

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
  | 'WRITE_FAILED'
  | 'INVALID_BUNDLE'
  | 'VERIFICATION_FAILED'
  | 'POLICY_FAILED'
  | 'TRUST_ROOT'

const SERVICES: Partial<Record<SigstoreErrorCode, string>> = {
  IDENTITY_TOKEN_FAILED: 'the OIDC token issuer',
  CERTIFICATE_FAILED: 'Fulcio',
  TLOG_FAILED: 'Rekor',
  TIMESTAMP_FAILED: 'the timestamp authority',
  STORAGE_FAILED: 'the registry'
}

/**
 * The kind of each code: a service's failure (token, Fulcio, Rekor, TSA, the registry or the TUF
 * repository when it answered) is remote; a bundle or signature that does not verify, or a policy
 * it does not meet, is a verification failure; the instance, input and trust root given, and a
 * local file that cannot be written where the step was told to write it, are configuration; a
 * signing failure inside this process is internal.
 */
function sigstoreErrorKind(options: {
  code: SigstoreErrorCode
  status?: number | undefined
}): ErrorKind {
  const { code, status } = options
  switch (code) {
    case 'IDENTITY_TOKEN_FAILED':
    case 'CERTIFICATE_FAILED':
    case 'TLOG_FAILED':
    case 'TIMESTAMP_FAILED':
    case 'STORAGE_FAILED':
      return 'remote'
    case 'INVALID_BUNDLE':
    case 'VERIFICATION_FAILED':
    case 'POLICY_FAILED':
      return 'verification'
    case 'TRUST_ROOT':
      return status === undefined ? 'configuration' : 'remote'
    case 'INVALID_INSTANCE':
    case 'INVALID_INPUT':
    case 'WRITE_FAILED':
      return 'configuration'
    case 'SIGNING_FAILED':
      return 'internal'
  }
}

/** The one error type of this package: a `code` to branch on and the `cause` behind it. */
export class SigstoreError extends Error {
  readonly code: SigstoreErrorCode
  /** The failure kind this code means (see sigstoreErrorKind). */
  readonly kind: ErrorKind
  /** What to check, for a service's refusal or failure. */
  readonly hint: string | undefined
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
    this.kind = sigstoreErrorKind(options)
    const service = SERVICES[options.code]
    this.hint =
      this.kind !== 'remote' || service === undefined
        ? undefined
        : options.status !== undefined && options.status >= 500
          ? `the status of ${service}: it failed on its side; re-run the job when it answers again`
          : `that ${service} is reachable from the runner at the URL given to the step, and that it accepts this job's identity`
  }
}
