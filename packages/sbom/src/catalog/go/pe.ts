import type { BoundedFile } from './bounded-file.ts'
import { Fields, type ExecutableImage, type MappedRange } from './executable-image.ts'
import { GoBinaryProblem, safeNumber } from './problem.ts'

/** Initialized data, readable, writable: the `.data` section Go's linker writes build info into. */
const DATA_CHARACTERISTICS = 0xc0000040
const ALIGNMENT_BITS = 0x00600000
const MAX_SECTIONS = 96 * 8

/** Reads the section table of a PE file (PE32 or PE32+); addresses include the image base. */
export async function readPe(file: BoundedFile): Promise<ExecutableImage> {
  const dos = await file.read(0, 64, 'DOS header')
  const peOffset = dos.readUInt32LE(0x3c)
  const signature = await file.read(peOffset, 24, 'PE signature and COFF header')
  if (signature.readUInt32LE(0) !== 0x00004550) {
    throw new GoBinaryProblem('not-executable', 'MZ file without a PE signature')
  }
  const coff = new Fields(signature, true)
  const machine = coff.u16(4)
  const sectionCount = coff.u16(6)
  const optionalSize = coff.u16(20)
  if (sectionCount > MAX_SECTIONS) {
    throw new GoBinaryProblem(
      'malformed',
      `PE section count ${sectionCount} exceeds ${MAX_SECTIONS}`
    )
  }
  if (optionalSize < 32) {
    throw new GoBinaryProblem('malformed', `PE optional header size ${optionalSize} is too small`)
  }
  const optional = new Fields(
    await file.read(peOffset + 24, optionalSize, 'PE optional header'),
    true
  )
  const optionalMagic = optional.u16(0)
  let imageBase: number
  if (optionalMagic === 0x20b) imageBase = safeNumber(optional.u64(24), 'PE image base')
  else if (optionalMagic === 0x10b) imageBase = optional.u32(28)
  else
    throw new GoBinaryProblem(
      'malformed',
      `PE optional header magic 0x${optionalMagic.toString(16)} is not known`
    )

  const table = new Fields(
    await file.read(peOffset + 24 + optionalSize, sectionCount * 40, 'PE section table'),
    true
  )
  const ranges: MappedRange[] = []
  let dataStart = 0
  for (let index = 0; index < sectionCount; index++) {
    const at = index * 40
    const virtualAddress = table.u32(at + 12)
    const rawSize = table.u32(at + 16)
    const rawOffset = table.u32(at + 20)
    const characteristics = table.u32(at + 36)
    const address = safeNumber(imageBase + virtualAddress, 'PE section address')
    ranges.push({ address, fileOffset: rawOffset, fileSize: rawSize })
    if (
      dataStart === 0 &&
      virtualAddress !== 0 &&
      rawSize !== 0 &&
      (characteristics & ~ALIGNMENT_BITS) >>> 0 === DATA_CHARACTERISTICS
    ) {
      dataStart = address
    }
  }
  return { format: 'pe', architecture: String(machine), dataStart, ranges, file }
}
