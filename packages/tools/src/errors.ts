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

/** The one error type of this package: a `code` to branch on and the `cause` behind it. */
export class ToolsError extends Error {
  readonly code: ToolsErrorCode
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
  }
}
