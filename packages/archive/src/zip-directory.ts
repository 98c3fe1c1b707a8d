import type { FileHandle } from 'node:fs/promises'
import type { ArchiveEntry, EntryKind } from './archive-entry.ts'

/** A zip entry as its central-directory record describes it. */
export interface ZipRecord {
  entry: ArchiveEntry
  /** 0 stored, 8 deflated. */
  method: number
  flags: number
  crc32: number
  compressedSize: number
  /** Where its local header starts. */
  localOffset: number
}

const END_OF_DIRECTORY = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_END = 0x06064b50
const CENTRAL_RECORD = 0x02014b50
/** The largest central directory read. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024
const UNIX_HOSTS = new Set([3, 19])

const UNIX_KINDS: Record<number, EntryKind> = {
  0o100000: 'file',
  0o040000: 'directory',
  0o120000: 'symlink',
  0o010000: 'fifo',
  0o020000: 'character-device',
  0o060000: 'block-device',
  0o140000: 'socket'
}

/** Reads `length` bytes at `position` (fewer at the end of the file). */
export async function readAt(options: {
  handle: FileHandle
  position: number
  length: number
}): Promise<Buffer> {
  const buffer = Buffer.alloc(options.length)
  const { bytesRead } = await options.handle.read(buffer, 0, options.length, options.position)
  return buffer.subarray(0, bytesRead)
}

/** Why a zip's central directory was refused: what the caller turns into its own error. */
export type ZipDirectoryProblem =
  | { code: 'CORRUPT'; reason: string }
  | { code: 'TOO_MANY_ENTRIES'; count: number; maxEntries: number }

/**
 * The central directory of the zip at `handle` (ZIP64 included): every entry's name, kind, declared
 * sizes and where its data is. Counts and offsets are checked against the file before use; a
 * refusal is thrown as the error `refuse` makes of it (`reason` reads "is not a valid zip archive:
 * …" for a corrupt one).
 */
export async function readZipDirectory(options: {
  handle: FileHandle
  maxEntries: number
  refuse: (problem: ZipDirectoryProblem) => Error
}): Promise<ZipRecord[]> {
  const { handle } = options
  const invalid = (reason: string): Error =>
    options.refuse({ code: 'CORRUPT', reason: `is not a valid zip archive: ${reason}` })
  const { size } = await handle.stat()
  const tailLength = Math.min(size, 22 + 0xffff)
  const tail = await readAt({ handle, position: size - tailLength, length: tailLength })
  let end = -1
  for (let index = tail.length - 22; index >= 0; index--) {
    if (tail.readUInt32LE(index) === END_OF_DIRECTORY) {
      end = index
      break
    }
  }
  if (end === -1) throw invalid('it has no end-of-central-directory record')
  let count = tail.readUInt16LE(end + 10)
  let directorySize = tail.readUInt32LE(end + 12)
  let directoryOffset = tail.readUInt32LE(end + 16)
  if (tail.readUInt16LE(end + 4) !== 0 || tail.readUInt16LE(end + 6) !== 0) {
    throw invalid('it spans several disks')
  }
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20
    if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) {
      throw invalid('its ZIP64 end-of-central-directory locator is missing')
    }
    const position = Number(tail.readBigUInt64LE(locator + 8))
    if (position + 56 > size) throw invalid('its ZIP64 end-of-central-directory record is missing')
    const zip64 = await readAt({ handle, position, length: 56 })
    if (zip64.length < 56 || zip64.readUInt32LE(0) !== ZIP64_END) {
      throw invalid('its ZIP64 end-of-central-directory record is missing')
    }
    count = Number(zip64.readBigUInt64LE(32))
    directorySize = Number(zip64.readBigUInt64LE(40))
    directoryOffset = Number(zip64.readBigUInt64LE(48))
  }
  if (count > options.maxEntries) {
    throw options.refuse({ code: 'TOO_MANY_ENTRIES', count, maxEntries: options.maxEntries })
  }
  if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > size) {
    throw invalid('its central directory is larger than the file')
  }
  const directory = await readAt({ handle, position: directoryOffset, length: directorySize })
  const records: ZipRecord[] = []
  let offset = 0
  for (let index = 0; index < count; index++) {
    if (offset + 46 > directory.length || directory.readUInt32LE(offset) !== CENTRAL_RECORD) {
      throw invalid('its central directory is malformed')
    }
    const nameLength = directory.readUInt16LE(offset + 28)
    const extraLength = directory.readUInt16LE(offset + 30)
    const commentLength = directory.readUInt16LE(offset + 32)
    const next = offset + 46 + nameLength + extraLength + commentLength
    if (next > directory.length) throw invalid('its central directory is malformed')
    const name = directory.toString('utf8', offset + 46, offset + 46 + nameLength)
    const sizes = {
      uncompressed: directory.readUInt32LE(offset + 24),
      compressed: directory.readUInt32LE(offset + 20),
      localOffset: directory.readUInt32LE(offset + 42)
    }
    applyZip64Extra({
      sizes,
      extra: directory.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength)
    })
    const host = directory.readUInt16LE(offset + 4) >> 8
    const unixMode = directory.readUInt32LE(offset + 38) >>> 16
    const unixKind = UNIX_HOSTS.has(host) ? UNIX_KINDS[unixMode & 0o170000] : undefined
    const kind: EntryKind =
      unixKind !== undefined && unixKind !== 'file' && unixKind !== 'directory'
        ? unixKind
        : name.endsWith('/')
          ? 'directory'
          : 'file'
    records.push({
      entry: {
        name,
        kind,
        size: kind === 'file' ? sizes.uncompressed : 0,
        mode: UNIX_HOSTS.has(host) ? unixMode & 0o7777 : 0o644
      },
      method: directory.readUInt16LE(offset + 10),
      flags: directory.readUInt16LE(offset + 8),
      crc32: directory.readUInt32LE(offset + 16),
      compressedSize: sizes.compressed,
      localOffset: sizes.localOffset
    })
    offset = next
  }
  return records
}

/** Replaces the 32-bit fields saturated at 0xffffffff with the ZIP64 extra field's values. */
function applyZip64Extra(options: {
  sizes: { uncompressed: number; compressed: number; localOffset: number }
  extra: Buffer
}): void {
  const { sizes, extra } = options
  let offset = 0
  while (offset + 4 <= extra.length) {
    const id = extra.readUInt16LE(offset)
    const length = extra.readUInt16LE(offset + 2)
    if (id === 0x0001) {
      let field = offset + 4
      for (const key of ['uncompressed', 'compressed', 'localOffset'] as const) {
        if (sizes[key] !== 0xffffffff || field + 8 > offset + 4 + length) continue
        sizes[key] = Number(extra.readBigUInt64LE(field))
        field += 8
      }
      return
    }
    offset += 4 + length
  }
}
