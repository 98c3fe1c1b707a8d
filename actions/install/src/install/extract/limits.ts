/** How much an archive may unpack to: checked entry by entry, before and while writing. */
export interface UnpackLimits {
  /** The most bytes all its files may hold together. */
  maxBytes: number
  /** The most entries (files, directories, and tar's extended headers) it may hold. */
  maxEntries: number
}

/**
 * The limits every release archive is held to. The largest tool the catalog installs (syft)
 * unpacks to under 200 MiB in a handful of files, so 1 GiB and 10,000 entries leave room to grow
 * while refusing a decompression bomb long before it fills the runner's disk.
 */
export const UNPACK_LIMITS: UnpackLimits = {
  maxBytes: 1024 ** 3,
  maxEntries: 10_000
}

/** `bytes` for a message: `1 GiB (1073741824 bytes)`, `300 KiB (307200 bytes)`. */
export function describeBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  if (unit === 0) return `${bytes} bytes`
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1)
  return `${shown} ${units[unit]} (${bytes} bytes)`
}

/** Archives are read and inflated in 1 MiB pieces: far fewer writes than zlib's 16 KiB default. */
export const UNPACK_CHUNK_BYTES = 1024 * 1024
