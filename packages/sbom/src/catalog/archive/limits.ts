/** The bounds every archive and layer read is held to (inputs come from outside). */
export interface ArchiveLimits {
  /** Entries in one archive or one layer. */
  maxEntries: number
  /** Bytes one archive or layer unpacks to (a decompression bomb stops here). */
  maxTotalBytes: number
  /** The largest member handed to a cataloger as bytes in memory (package databases, manifests). */
  maxBufferedBytes: number
  /** The largest member handed to a cataloger as a temporary file (executables). */
  maxFileBytes: number
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 500_000,
  maxTotalBytes: 64 * 1024 ** 3,
  maxBufferedBytes: 64 * 1024 ** 2,
  maxFileBytes: 2 * 1024 ** 3
}

/** The limits with the caller's overrides applied. */
export function archiveLimits(overrides: Partial<ArchiveLimits> = {}): ArchiveLimits {
  return { ...DEFAULT_ARCHIVE_LIMITS, ...overrides }
}

/** The chunk size of every decompression and read. */
export const READ_CHUNK_BYTES = 256 * 1024
