import type { BoundedFile } from './bounded-file.ts'
import { GoBinaryProblem } from './problem.ts'

/** A run of file bytes loaded at a virtual address (an ELF program header, a Mach-O segment, a PE section). */
export interface MappedRange {
  address: number
  fileOffset: number
  fileSize: number
}

/** What the build-info reader needs of an executable: where to look, and how addresses map to the file. */
export interface ExecutableImage {
  format: 'elf' | 'macho' | 'pe'
  /** The architecture as the file header names it (`x86_64`, `aarch64`, `amd64`, `arm64`, `34404`). */
  architecture: string
  /** The virtual address of the build-info section, or of the first writable data. */
  dataStart: number
  ranges: MappedRange[]
  file: BoundedFile
}

/**
 * Up to `size` bytes at virtual `address`, from the range that holds it (never past that range's
 * end), as Go's `debug/buildinfo` reads them. An address no range holds is a `malformed` problem.
 */
export async function readVirtual(
  image: ExecutableImage,
  address: number,
  size: number,
  what: string
): Promise<Buffer> {
  for (const range of image.ranges) {
    if (
      range.fileSize > 0 &&
      range.address <= address &&
      address < range.address + range.fileSize
    ) {
      const length = Math.min(size, range.address + range.fileSize - address)
      return image.file.read(range.fileOffset + (address - range.address), length, what)
    }
  }
  throw new GoBinaryProblem(
    'malformed',
    `${what}: address 0x${address.toString(16)} is not in any loaded part of the file`
  )
}

/** A little reader over a header buffer in the file's byte order. */
export class Fields {
  readonly buffer: Buffer
  readonly littleEndian: boolean

  constructor(buffer: Buffer, littleEndian: boolean) {
    this.buffer = buffer
    this.littleEndian = littleEndian
  }

  u16(offset: number): number {
    return this.littleEndian ? this.buffer.readUInt16LE(offset) : this.buffer.readUInt16BE(offset)
  }

  u32(offset: number): number {
    return this.littleEndian ? this.buffer.readUInt32LE(offset) : this.buffer.readUInt32BE(offset)
  }

  u64(offset: number): bigint {
    return this.littleEndian
      ? this.buffer.readBigUInt64LE(offset)
      : this.buffer.readBigUInt64BE(offset)
  }

  /** A 32- or 64-bit word. */
  word(offset: number, wide: boolean): bigint {
    return wide ? this.u64(offset) : BigInt(this.u32(offset))
  }
}
