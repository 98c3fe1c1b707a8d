import type { EntryKind } from './archive-entry.ts'

/** The size of a tar block: headers and padded content. */
export const BLOCK = 512

/** One tar header block, decoded (ustar, GNU and pax archives share its layout). */
export interface TarHeader {
  name: string
  /** The type flag (`0` file, `5` directory, `x` pax header, `L` GNU long name…). */
  type: string
  size: number
  mode: number
  linkName: string
}

const KINDS: Record<string, EntryKind> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '5': 'directory',
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'character-device',
  '4': 'block-device',
  '6': 'fifo'
}

/** The entry kind of a type flag that names an entry (not a pax or GNU long-name header). */
export function kindOf(type: string): EntryKind {
  return KINDS[type] ?? 'unsupported'
}

function text(options: { block: Buffer; start: number; length: number }): string {
  const { block, start, length } = options
  const field = block.subarray(start, start + length)
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? length : end).toString('utf8')
}

/** A numeric field: octal text, or GNU's base-256 (first byte 0x80) for large values. */
function numeric(options: { block: Buffer; start: number; length: number }): number | undefined {
  const { block, start, length } = options
  const field = block.subarray(start, start + length)
  if (field[0] === 0x80) {
    let value = 0
    for (const byte of field.subarray(1)) value = value * 256 + byte
    return Number.isSafeInteger(value) ? value : undefined
  }
  const digits = field
    .toString('latin1')
    .replace(/[\0 ]+$/u, '')
    .replace(/^ +/u, '')
  if (!/^[0-7]*$/u.test(digits)) return undefined
  return digits === '' ? 0 : parseInt(digits, 8)
}

/** Whether the block's checksum field matches its bytes (as unsigned or signed sums). */
function checksumMatches(block: Buffer): boolean {
  const stored = numeric({ block, start: 148, length: 8 })
  let unsigned = 0
  let signed = 0
  for (let index = 0; index < BLOCK; index++) {
    const byte = index >= 148 && index < 156 ? 0x20 : block[index]!
    unsigned += byte
    signed += byte > 127 ? byte - 256 : byte
  }
  return stored === unsigned || stored === signed
}

/** The header in `block`, or a reason it is not one. */
export function parseTarHeader(block: Buffer): TarHeader | { invalid: string } {
  if (!checksumMatches(block)) return { invalid: 'a header block whose checksum does not match' }
  const size = numeric({ block, start: 124, length: 12 })
  const mode = numeric({ block, start: 100, length: 8 })
  if (size === undefined || mode === undefined) {
    return { invalid: 'a header block with a malformed size or mode' }
  }
  const name = text({ block, start: 0, length: 100 })
  // POSIX ustar keeps a name prefix at 345; GNU tar (magic "ustar  ") uses those bytes otherwise.
  const posix = block.toString('latin1', 257, 263) === 'ustar\0'
  const prefix = posix ? text({ block, start: 345, length: 155 }) : ''
  return {
    name: prefix === '' ? name : `${prefix}/${name}`,
    type: String.fromCharCode(block[156]!),
    size,
    mode,
    linkName: text({ block, start: 157, length: 100 })
  }
}

/** The `path`, `linkpath` and `size` records of a pax extended header. */
export function parsePaxRecords(data: Buffer): { path?: string; linkpath?: string; size?: number } {
  const records: { path?: string; linkpath?: string; size?: number } = {}
  let offset = 0
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset)
    if (space === -1) break
    const length = parseInt(data.toString('latin1', offset, space), 10)
    if (!Number.isSafeInteger(length) || length <= space - offset) break
    const record = data.toString('utf8', space + 1, offset + length - 1)
    const equals = record.indexOf('=')
    const key = record.slice(0, equals)
    const value = record.slice(equals + 1)
    if (key === 'path') records.path = value
    else if (key === 'linkpath') records.linkpath = value
    else if (key === 'size' && /^\d+$/u.test(value)) records.size = Number(value)
    offset += length
  }
  return records
}
