import { open } from 'node:fs/promises'
import { BoundedFile } from './bounded-file.ts'
import { readElf } from './elf.ts'
import { readVirtual, type ExecutableImage } from './executable-image.ts'
import { isFatMachO, isMachO, readFatSlices, readMachO } from './macho.ts'
import { parseModuleInfo, type GoModuleInfo } from './modinfo.ts'
import { readPe } from './pe.ts'
import { GoBinaryProblem, type GoBinaryProblemReason } from './problem.ts'

/** `\xff Go buildinf:`, the start of the 32-byte build-info header. */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')
const HEADER_SIZE = 32
const ALIGNMENT = 16
/** How far past the data start the header is searched for (as Go's `debug/buildinfo` does). */
const SEARCH_WINDOW = 64 * 1024
/** The longest Go version or module text accepted through the pre-1.18 pointer form. */
const MAX_LEGACY_STRING = 16 * 1024 * 1024
const SENTINEL_LENGTH = 16

/** The build information of one Go executable (one slice of a universal Mach-O). */
export interface GoBuildInfo extends GoModuleInfo {
  /** `go1.26.8` (possibly followed by ` X:experiment,…`). */
  goVersion: string
  format: ExecutableImage['format']
  /** The `GOARCH` build setting, else the architecture the file header names. */
  architecture: string
  /** Whether the header used the pointer form of Go 1.13–1.17 rather than inline strings. */
  legacyHeader: boolean
}

export type GoBuildInfoResult =
  | { found: true; builds: GoBuildInfo[] }
  | { found: false; reason: GoBinaryProblemReason; detail: string }

/**
 * Reads the Go build information embedded in an ELF, Mach-O (thin or universal) or PE file with
 * positioned reads. A file that is not a Go executable, or that is damaged, is reported with its
 * reason rather than thrown; only I/O errors (a missing file) are thrown.
 */
export async function readGoBuildInfo(options: { path: string }): Promise<GoBuildInfoResult> {
  const handle = await open(options.path, 'r')
  try {
    const { size } = await handle.stat()
    const file = new BoundedFile({ handle, base: 0, size })
    try {
      if (size < 16) {
        throw new GoBinaryProblem(
          'not-executable',
          `the file is ${size} bytes, too short for an executable header`
        )
      }
      const ident = await file.read(0, 16, 'file identification')
      if (isFatMachO(ident)) {
        const slices = await readFatSlices(file)
        const builds: GoBuildInfo[] = []
        let first: GoBinaryProblem | undefined
        for (const slice of slices) {
          try {
            builds.push(await readThin(slice))
          } catch (error) {
            if (!(error instanceof GoBinaryProblem)) throw error
            first ??= error
          }
        }
        if (builds.length > 0) return { found: true, builds }
        throw first ?? new GoBinaryProblem('no-build-info', 'no slice holds Go build information')
      }
      return { found: true, builds: [await readThin(file)] }
    } catch (error) {
      if (error instanceof GoBinaryProblem) {
        return { found: false, reason: error.reason, detail: error.message }
      }
      throw error
    }
  } finally {
    await handle.close()
  }
}

async function readThin(file: BoundedFile): Promise<GoBuildInfo> {
  const ident = await file.read(0, Math.min(16, file.size), 'file identification')
  if (ident.length < 16) {
    throw new GoBinaryProblem('not-executable', 'the slice is too short for an executable header')
  }
  let image: ExecutableImage
  if (ident.subarray(0, 4).equals(Buffer.from('\x7fELF', 'latin1'))) image = await readElf(file)
  else if (ident[0] === 0x4d && ident[1] === 0x5a) image = await readPe(file)
  else if (isMachO(ident)) image = await readMachO(file)
  else throw new GoBinaryProblem('not-executable', 'not an ELF, Mach-O or PE file')

  const data = await readVirtual(
    image,
    image.dataStart,
    SEARCH_WINDOW,
    'build information search window'
  )
  let at = -1
  for (let offset = 0; offset + HEADER_SIZE <= data.length; offset += ALIGNMENT) {
    if (data[offset] === 0xff && data.subarray(offset, offset + MAGIC.length).equals(MAGIC)) {
      at = offset
      break
    }
  }
  if (at < 0) {
    throw new GoBinaryProblem(
      'no-build-info',
      `no Go build information: no 16-byte-aligned "\\xff Go buildinf:" header in the ${data.length} bytes at the data start`
    )
  }
  const pointerSize = data[at + 14] ?? 0
  const flags = data[at + 15] ?? 0
  let version: Buffer
  let modinfo: Buffer
  const legacyHeader = (flags & 2) === 0
  if (!legacyHeader) {
    const first = decodeString(data.subarray(at + HEADER_SIZE))
    version = first.value
    modinfo = decodeString(first.rest).value
  } else {
    if (pointerSize !== 4 && pointerSize !== 8) {
      throw new GoBinaryProblem(
        'malformed',
        `build information pointer size ${pointerSize} is not 4 or 8`
      )
    }
    const bigEndian = flags !== 0
    const pointer = (buffer: Buffer, offset: number): number => {
      const value =
        pointerSize === 4
          ? BigInt(bigEndian ? buffer.readUInt32BE(offset) : buffer.readUInt32LE(offset))
          : bigEndian
            ? buffer.readBigUInt64BE(offset)
            : buffer.readBigUInt64LE(offset)
      return Number(value)
    }
    version = await readLegacyString(image, pointerSize, pointer, pointer(data, at + 16))
    modinfo = await readLegacyString(
      image,
      pointerSize,
      pointer,
      pointer(data, at + 16 + pointerSize)
    )
  }
  if (version.length === 0) {
    throw new GoBinaryProblem(
      'no-build-info',
      'no Go build information: the header is there but its Go version string is empty or does not fit'
    )
  }
  const text =
    modinfo.length >= 2 * SENTINEL_LENGTH + 1 &&
    modinfo[modinfo.length - SENTINEL_LENGTH - 1] === 0x0a
      ? modinfo.subarray(SENTINEL_LENGTH, modinfo.length - SENTINEL_LENGTH).toString('utf8')
      : ''
  const info = parseModuleInfo(text)
  const goArch = info.settings.find(setting => setting.key === 'GOARCH')?.value ?? ''
  return {
    ...info,
    goVersion: version.toString('utf8'),
    format: image.format,
    architecture: goArch !== '' ? goArch : image.architecture,
    legacyHeader
  }
}

/** A uvarint-prefixed string (Go's `decodeString`): empty when the length does not fit the data. */
function decodeString(data: Buffer): { value: Buffer; rest: Buffer } {
  let length = 0
  let shift = 0
  let read = 0
  for (; read < Math.min(data.length, 10);) {
    const byte = data[read] ?? 0
    read++
    length += (byte & 0x7f) * 2 ** shift
    shift += 7
    if (byte < 0x80) {
      if (length >= data.length - read) break
      return { value: data.subarray(read, read + length), rest: data.subarray(read + length) }
    }
  }
  return { value: Buffer.alloc(0), rest: Buffer.alloc(0) }
}

/**
 * A Go string header `{data, len}` at `address`, dereferenced; empty when it points outside the
 * file (as Go reads it). A length above {@link MAX_LEGACY_STRING} is refused before any read.
 */
async function readLegacyString(
  image: ExecutableImage,
  pointerSize: number,
  pointer: (buffer: Buffer, offset: number) => number,
  address: number
): Promise<Buffer> {
  let header: Buffer
  try {
    header = await readVirtual(image, address, 2 * pointerSize, 'Go string header')
  } catch (error) {
    if (error instanceof GoBinaryProblem) return Buffer.alloc(0)
    throw error
  }
  if (header.length < 2 * pointerSize) return Buffer.alloc(0)
  const dataAddress = pointer(header, 0)
  const length = pointer(header, pointerSize)
  if (length > MAX_LEGACY_STRING) {
    throw new GoBinaryProblem(
      'malformed',
      `a build information string claims ${length} bytes, more than ${MAX_LEGACY_STRING}`
    )
  }
  if (length === 0) return Buffer.alloc(0)
  try {
    const data = await readVirtual(image, dataAddress, length, 'Go string data')
    return data.length < length ? Buffer.alloc(0) : data
  } catch (error) {
    if (error instanceof GoBinaryProblem) return Buffer.alloc(0)
    throw error
  }
}
