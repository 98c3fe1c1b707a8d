import type { BoundedFile } from './bounded-file.ts'
import { Fields, type ExecutableImage, type MappedRange } from './executable-image.ts'
import { GoBinaryProblem, safeNumber } from './problem.ts'

const LC_SEGMENT = 0x1
const LC_SEGMENT_64 = 0x19
const MAX_LOAD_COMMANDS_BYTES = 4 * 1024 * 1024
/** A universal file with more slices than this is not one a toolchain wrote. */
export const MAX_FAT_SLICES = 16

/** Mach-O CPU types as Go's `debug/macho` names them (what syft reports without a GOARCH setting). */
const CPUS: Record<number, string> = {
  7: '386',
  0x01000007: 'amd64',
  12: 'arm',
  0x0100000c: 'arm64',
  18: 'ppc',
  0x01000012: 'ppc64'
}

/** `feedface`/`feedfacf` in either byte order: whether the file is a thin Mach-O. */
export function isMachO(ident: Buffer): boolean {
  return (
    (ident[0] === 0xfe && ident[1] === 0xed && ident[2] === 0xfa) ||
    (ident[1] === 0xfa && ident[2] === 0xed && ident[3] === 0xfe)
  )
}

/** `cafebabe` (32-bit offsets) or `cafebabf` (64-bit offsets): a universal (fat) Mach-O. */
export function isFatMachO(ident: Buffer): boolean {
  const magic = ident.readUInt32BE(0)
  return magic === 0xcafebabe || magic === 0xcafebabf
}

/**
 * The slices of a universal Mach-O, each a window of the file. Java class files share the magic;
 * their version bytes read as a slice count far above {@link MAX_FAT_SLICES}, so they are refused
 * here as `not-executable`.
 */
export async function readFatSlices(file: BoundedFile): Promise<BoundedFile[]> {
  const header = await file.read(0, 8, 'universal Mach-O header')
  const wide = header.readUInt32BE(0) === 0xcafebabf
  const count = header.readUInt32BE(4)
  if (count === 0 || count > MAX_FAT_SLICES) {
    throw new GoBinaryProblem(
      'not-executable',
      `universal Mach-O header announces ${count} slices (1 to ${MAX_FAT_SLICES} accepted)`
    )
  }
  const entry = wide ? 32 : 20
  const table = new Fields(await file.read(8, count * entry, 'universal Mach-O slice table'), false)
  const slices: BoundedFile[] = []
  for (let index = 0; index < count; index++) {
    const at = index * entry
    const offset = safeNumber(wide ? table.u64(at + 8) : table.u32(at + 8), 'slice offset')
    const size = safeNumber(wide ? table.u64(at + 16) : table.u32(at + 12), 'slice size')
    slices.push(file.window({ offset, size, what: `universal Mach-O slice ${index}` }))
  }
  return slices
}

/** Reads the segments and sections of a thin Mach-O file (32/64-bit, either byte order). */
export async function readMachO(file: BoundedFile): Promise<ExecutableImage> {
  const magicBytes = await file.read(0, 4, 'Mach-O magic')
  const littleEndian = magicBytes[0] !== 0xfe
  const magic = new Fields(magicBytes, littleEndian).u32(0)
  const wide = magic === 0xfeedfacf
  if (!wide && magic !== 0xfeedface) {
    throw new GoBinaryProblem('not-executable', `Mach-O magic 0x${magic.toString(16)} is not known`)
  }
  const headerSize = wide ? 32 : 28
  const header = new Fields(await file.read(0, headerSize, 'Mach-O header'), littleEndian)
  const cpu = header.u32(4)
  const commandCount = header.u32(16)
  const commandsSize = header.u32(20)
  if (commandsSize > MAX_LOAD_COMMANDS_BYTES) {
    throw new GoBinaryProblem(
      'malformed',
      `Mach-O load commands take ${commandsSize} bytes, more than ${MAX_LOAD_COMMANDS_BYTES}`
    )
  }
  const commands = new Fields(
    await file.read(headerSize, commandsSize, 'Mach-O load commands'),
    littleEndian
  )
  const ranges: MappedRange[] = []
  let buildInfoSection: number | undefined
  let firstWritable: number | undefined
  let at = 0
  for (let index = 0; index < commandCount; index++) {
    if (at + 8 > commandsSize) {
      throw new GoBinaryProblem(
        'malformed',
        `Mach-O load command ${index} lies past the commands' size`
      )
    }
    const command = commands.u32(at)
    const size = commands.u32(at + 4)
    if (size < 8 || at + size > commandsSize) {
      throw new GoBinaryProblem('malformed', `Mach-O load command ${index} has size ${size}`)
    }
    if (command === LC_SEGMENT || command === LC_SEGMENT_64) {
      const segment64 = command === LC_SEGMENT_64
      const fixed = segment64 ? 72 : 56
      const sectionSize = segment64 ? 80 : 68
      if (size < fixed)
        throw new GoBinaryProblem('malformed', `Mach-O segment command ${index} is too short`)
      const name = cString(commands.buffer.subarray(at + 8, at + 24))
      const address = safeNumber(commands.word(at + 24, segment64), 'Mach-O segment address')
      const fileOffset = safeNumber(
        commands.word(at + (segment64 ? 40 : 32), segment64),
        'Mach-O segment offset'
      )
      const fileSize = safeNumber(
        commands.word(at + (segment64 ? 48 : 36), segment64),
        'Mach-O segment size'
      )
      const maxProt = commands.u32(at + (segment64 ? 56 : 40))
      const initProt = commands.u32(at + (segment64 ? 60 : 44))
      const sections = commands.u32(at + (segment64 ? 64 : 48))
      if (sections > (size - fixed) / sectionSize) {
        throw new GoBinaryProblem(
          'malformed',
          `Mach-O segment ${name} announces ${sections} sections that do not fit`
        )
      }
      if (name !== '__PAGEZERO') ranges.push({ address, fileOffset, fileSize })
      if (
        firstWritable === undefined &&
        address !== 0 &&
        fileSize !== 0 &&
        initProt === 3 &&
        maxProt === 3
      ) {
        firstWritable = address
      }
      for (let section = 0; section < sections && buildInfoSection === undefined; section++) {
        const sectionAt = at + fixed + section * sectionSize
        if (cString(commands.buffer.subarray(sectionAt, sectionAt + 16)) === '__go_buildinfo') {
          buildInfoSection = safeNumber(
            commands.word(sectionAt + 32, segment64),
            'Mach-O section address'
          )
        }
      }
    }
    at += size
  }
  return {
    format: 'macho',
    architecture: CPUS[cpu] ?? String(cpu),
    dataStart: buildInfoSection ?? firstWritable ?? 0,
    ranges,
    file
  }
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0)
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString('latin1')
}
