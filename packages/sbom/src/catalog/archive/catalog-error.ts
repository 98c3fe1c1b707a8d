/** Why a cataloger refused its input, for callers that branch on it. */
export type CatalogErrorCode =
  /** Not a tar, zip, gzip stream or image the catalogers read. */
  | 'UNSUPPORTED_FORMAT'
  /** Corrupt compressed data, a tar header whose checksum fails, a malformed zip directory. */
  | 'CORRUPT'
  /** The input ends before what its headers announce. */
  | 'TRUNCATED'
  /** More entries, bytes or files than the limits allow. */
  | 'TOO_LARGE'
  /** A manifest, config or layer the image reader cannot use. */
  | 'INVALID_IMAGE'
  /** The platform asked for is not in the image index. */
  | 'PLATFORM_NOT_FOUND'

/**
 * A refused archive, layer or image. The message names the input and, when one entry is at
 * fault, that entry's name JSON-quoted (it comes from outside: control characters are escaped).
 */
export class CatalogError extends Error {
  readonly code: CatalogErrorCode

  constructor(options: {
    code: CatalogErrorCode
    /** The archive path, layer digest or image reference. */
    source: string
    /** The offending entry's name as the input holds it. */
    entry?: string
    reason: string
    cause?: unknown
  }) {
    const subject = options.entry === undefined ? '' : ` entry ${JSON.stringify(options.entry)}`
    super(
      `${options.source}:${subject} ${options.reason}`,
      options.cause === undefined ? undefined : { cause: options.cause }
    )
    this.name = 'CatalogError'
    this.code = options.code
  }
}
