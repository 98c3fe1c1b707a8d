import type { BoundedFile } from './bounded-file.ts'
import { Fields, type ExecutableImage, type MappedRange } from './executable-image.ts'
import { GoBinaryProblem, safeNumber } from './problem.ts'

const PT_LOAD = 1
const PF_X = 1
const PF_W = 2
/** More program headers or sections than this is not a linker's output. */
const MAX_ENTRIES = 65535
const MAX_NAME_TABLE = 1024 * 1024

/** ELF `e_machine` values as syft names them (Go's `debug/elf` constant, lower case, no `EM_`). */
const MACHINES: Record<number, string> = {
  3: '386',
  8: 'mips',
  20: 'ppc',
  21: 'ppc64',
  22: 's390',
  40: 'arm',
  62: 'x86_64',
  183: 'aarch64',
  243: 'riscv',
  258: 'loongarch'
}

/** Reads the program and section headers of an ELF file (32/64-bit, either byte order). */
export async function readElf(file: BoundedFile): Promise<ExecutableImage> {
  const ident = await file.read(0, 16, 'ELF identification')
  const elfClass = ident[4]
  const data = ident[5]
  if ((elfClass !== 1 && elfClass !== 2) || (data !== 1 && data !== 2)) {
    throw new GoBinaryProblem(
      'malformed',
      `ELF class ${elfClass} / data encoding ${data} is not valid`
    )
  }
  const wide = elfClass === 2
  const header = new Fields(await file.read(0, wide ? 64 : 52, 'ELF header'), data === 1)
  const machine = header.u16(18)
  const phoff = safeNumber(header.word(wide ? 32 : 28, wide), 'ELF program header offset')
  const shoff = safeNumber(header.word(wide ? 40 : 32, wide), 'ELF section header offset')
  const phentsize = header.u16(wide ? 54 : 42)
  const phnum = header.u16(wide ? 56 : 44)
  const shentsize = header.u16(wide ? 58 : 46)
  let shnum = header.u16(wide ? 60 : 48)
  let shstrndx = header.u16(wide ? 62 : 50)

  const ranges: MappedRange[] = []
  let firstWritable: number | undefined
  if (phnum > 0) {
    if (phentsize < (wide ? 56 : 32)) {
      throw new GoBinaryProblem('malformed', `ELF program header size ${phentsize} is too small`)
    }
    const table = await file.read(phoff, phnum * phentsize, 'ELF program header table')
    const fields = new Fields(table, header.littleEndian)
    for (let index = 0; index < phnum; index++) {
      const at = index * phentsize
      const type = fields.u32(at)
      const flags = fields.u32(at + (wide ? 4 : 24))
      const offset = safeNumber(fields.word(at + (wide ? 8 : 4), wide), 'ELF segment offset')
      const address = safeNumber(fields.word(at + (wide ? 16 : 8), wide), 'ELF segment address')
      const fileSize = safeNumber(fields.word(at + (wide ? 32 : 16), wide), 'ELF segment size')
      ranges.push({ address, fileOffset: offset, fileSize })
      if (firstWritable === undefined && type === PT_LOAD && (flags & (PF_X | PF_W)) === PF_W) {
        firstWritable = address
      }
    }
  }

  let buildInfoSection: number | undefined
  if (shoff !== 0) {
    if (shentsize < (wide ? 64 : 40)) {
      throw new GoBinaryProblem('malformed', `ELF section header size ${shentsize} is too small`)
    }
    if (shnum === 0 || shstrndx === 0xffff) {
      // Extended numbering: the real counts live in section 0.
      const first = new Fields(
        await file.read(shoff, shentsize, 'ELF section 0'),
        header.littleEndian
      )
      if (shnum === 0) shnum = safeNumber(first.word(wide ? 32 : 20, wide), 'ELF section count')
      if (shstrndx === 0xffff) shstrndx = first.u32(wide ? 40 : 24)
    }
    if (shnum > MAX_ENTRIES) {
      throw new GoBinaryProblem('malformed', `ELF section count ${shnum} exceeds ${MAX_ENTRIES}`)
    }
    if (shnum > 0) {
      if (shstrndx >= shnum) {
        throw new GoBinaryProblem(
          'malformed',
          `ELF section name table index ${shstrndx} is not below the section count ${shnum}`
        )
      }
      const table = new Fields(
        await file.read(shoff, shnum * shentsize, 'ELF section header table'),
        header.littleEndian
      )
      const nameAt = shstrndx * shentsize
      const namesOffset = safeNumber(
        table.word(nameAt + (wide ? 24 : 16), wide),
        'ELF name table offset'
      )
      const namesSize = safeNumber(
        table.word(nameAt + (wide ? 32 : 20), wide),
        'ELF name table size'
      )
      if (namesSize > 0) {
        if (namesSize > MAX_NAME_TABLE) {
          throw new GoBinaryProblem(
            'malformed',
            `ELF section name table is ${namesSize} bytes, more than ${MAX_NAME_TABLE}`
          )
        }
        const strings = await file.read(namesOffset, namesSize, 'ELF section name table')
        const wanted = Buffer.from('.go.buildinfo\0')
        for (let index = 0; index < shnum; index++) {
          const at = index * shentsize
          const name = table.u32(at)
          if (
            name + wanted.length <= strings.length &&
            strings.subarray(name, name + wanted.length).equals(wanted)
          ) {
            buildInfoSection = safeNumber(
              table.word(at + (wide ? 16 : 12), wide),
              'ELF section address'
            )
            break
          }
        }
      }
    }
  }

  return {
    format: 'elf',
    architecture: MACHINES[machine] ?? String(machine),
    dataStart: buildInfoSection ?? firstWritable ?? 0,
    ranges,
    file
  }
}
