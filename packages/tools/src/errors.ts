import type { FailureKind as ErrorKind } from '@sign/failure'
/**
 * Which of the four failure kinds an error is (runAction and the CLI read it structurally):
 * configuration (a mistake in the workflow or command), verification (what was checked did not
 * pass), remote (a service refused or failed), internal (a bug).
 */

/** Why resolving, downloading or verifying a tool failed, for callers that branch on it. */
export type ToolsErrorCode =
  /** The catalog JSON is malformed: a field is missing, mistyped or out of range. */
  | 'INVALID_CATALOG'
  /** The tool is not in the catalog. */
  | 'UNKNOWN_TOOL'
  /** The tool publishes no asset for this operating system / architecture. */
  | 'UNSUPPORTED_PLATFORM'
  /** A version outside the catalog whose checksum cannot be verified (and allow-unverified is off). */
  | 'UNVERIFIABLE_VERSION'
  /** A downloaded file's SHA-256 differs from the expected one. */
  | 'CHECKSUM_MISMATCH'
  /** A release file could not be downloaded. */
  | 'DOWNLOAD_FAILED'
  /** A caller's input (tool list, version, mirror URL, checksums file…) is malformed. */
  | 'INVALID_INPUT'
  /** A release archive holds what an install must not unpack (links, devices, escaping names…). */
  | 'UNSAFE_ARCHIVE'

/**
 * The kind of each code: a download that failed is remote; a checksum that does not match or an
 * archive holding what must not be unpacked is a verification failure; the rest are the inputs
 * (tools, versions, catalog, mirror) and so configuration.
 */
const KINDS: Record<ToolsErrorCode, ErrorKind> = {
  INVALID_CATALOG: 'configuration',
  UNKNOWN_TOOL: 'configuration',
  UNSUPPORTED_PLATFORM: 'configuration',
  UNVERIFIABLE_VERSION: 'configuration',
  CHECKSUM_MISMATCH: 'verification',
  DOWNLOAD_FAILED: 'remote',
  INVALID_INPUT: 'configuration',
  UNSAFE_ARCHIVE: 'verification'
}

/** The one error type of this package: a `code` to branch on and the `cause` behind it. */
export class ToolsError extends Error {
  readonly code: ToolsErrorCode
  /** The failure kind this code means (see KINDS). */
  readonly kind: ErrorKind
  /** What to check, for a download that failed. */
  readonly hint: string | undefined
  /** The HTTP status, when a download answered with an error. */
  readonly status: number | undefined

  constructor(options: {
    code: ToolsErrorCode
    message: string
    status?: number
    cause?: unknown
  }) {
    super(options.message, { cause: options.cause })
    this.name = 'ToolsError'
    this.code = options.code
    this.status = options.status
    this.kind = KINDS[options.code]
    this.hint =
      options.code !== 'DOWNLOAD_FAILED'
        ? undefined
        : options.status !== undefined && options.status >= 500
          ? 'the status of the download host: it failed on its side; re-run the job when it answers again'
          : 'that the download host (or the mirror given to the step) is reachable from the runner and serves this version'
  }
}
