import type { FailureKind as ErrorKind } from '@sign/failure'
/**
 * Which of the four failure kinds an error is (runAction and the CLI read it structurally):
 * configuration (a mistake in the workflow or command), verification (what was checked did not
 * pass), remote (a service refused or failed), internal (a bug).
 */

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

/**
 * The kind of each code. A registry's answer (a status, a refused login, no answer at all) is
 * remote; a missing tag or digest is remote when a registry said so (it has a status) and a
 * configuration error in an OCI layout. Content that does not match its digest is a verification
 * failure. Malformed content (INVALID_CONTENT, TOO_LARGE) is remote when it came with a status —
 * the registry served it — and otherwise a verification failure: bytes from a layout or a
 * referrer that cannot be what they claim are not trusted, and the verifier reports them per
 * subject.
 */
function ociErrorKind(options: { code: OciErrorCode; status?: number | undefined }): ErrorKind {
  const { code, status } = options
  switch (code) {
    case 'AUTH_FAILED':
    case 'NETWORK_ERROR':
    case 'REGISTRY_ERROR':
    case 'CONFLICT':
      return 'remote'
    case 'NOT_FOUND':
      return status === undefined ? 'configuration' : 'remote'
    case 'INVALID_CONTENT':
    case 'TOO_LARGE':
      return status === undefined ? 'verification' : 'remote'
    case 'DIGEST_MISMATCH':
      return 'verification'
    case 'INVALID_REFERENCE':
    case 'INVALID_DIGEST':
    case 'INSECURE_REFUSED':
    case 'CREDENTIAL_HELPER_FAILED':
    case 'INVALID_LAYOUT':
    case 'NOT_REGULAR_FILE':
      return 'configuration'
  }
}

/** What to check when a registry refused or failed, by code and status. */
function ociErrorHint(options: {
  code: OciErrorCode
  status?: number | undefined
}): string | undefined {
  const { code, status } = options
  if (code === 'AUTH_FAILED' || status === 401 || status === 403) {
    return 'the registry credentials given to the step (username and password or token, or docker login) and that they may read (and, to sign, write) this repository'
  }
  if (code === 'NETWORK_ERROR') {
    return 'that the registry host is reachable from the runner (its name, port, firewall or proxy) and re-run the job'
  }
  if (code === 'NOT_FOUND' && status !== undefined) {
    return 'that the repository and the tag or digest exist on this registry, and that the credentials can see them'
  }
  if (code === 'CONFLICT')
    return 'whether another job wrote the same tag at the same time, and re-run the job'
  if (status === 429) return "the registry's rate limit: give credentials, or re-run the job later"
  if (status !== undefined && status >= 500) {
    return "the registry's status: it failed on its side after the requests were retried; re-run the job when it answers again"
  }
  if (status !== undefined) return "the registry's answer above: it refused the request"
  return undefined
}

/** The one error type of this package: a `code` to branch on and the `cause` behind it. */
export class OciError extends Error {
  readonly code: OciErrorCode
  /** The failure kind this code means (see ociErrorKind). */
  readonly kind: ErrorKind
  /** What to check, for a registry's refusal or failure. */
  readonly hint: string | undefined
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
    this.kind = ociErrorKind(options)
    this.hint = ociErrorHint(options)
  }

  /** The registry's own error code, under the name runAction and the CLI read. */
  get serviceCode(): string | undefined {
    return this.registryCode
  }
}
