/** The RPM header tags read from each installed package. */
export const RPM_TAGS = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  license: 1014,
  vendor: 1011,
  size: 1009,
  arch: 1022,
  sourceRpm: 1044
} as const

const TYPE_INT32 = 4
const TYPE_STRING = 6
const TYPE_STRING_ARRAY = 8
const TYPE_I18NSTRING = 9

/** The largest header blob read (real ones are tens of KiB; file lists make some a few MiB). */
export const MAX_HEADER_BYTES = 32 * 1024 * 1024
/** The most index entries one header may declare. */
const MAX_INDEX_ENTRIES = 65_536

/** The values of the tags asked for; absent tags are left out. */
export type RpmHeaderValues = Partial<Record<keyof typeof RPM_TAGS, string | number>>

/** Why a header blob cannot be read. */
export class RpmHeaderError extends Error {
  override readonly name = 'RpmHeaderError'
}

/**
 * Reads an RPM header blob as rpmdb.sqlite stores it (no lead, no magic): big-endian index count
 * `il` and data length `dl`, `il` 16-byte entries `{tag, type, offset, count}`, then `dl` bytes of
 * data. Every count, offset and string end is checked against the blob before it is used.
 */
export function readRpmHeader(options: { blob: Uint8Array }): RpmHeaderValues {
  const blob = Buffer.from(options.blob.buffer, options.blob.byteOffset, options.blob.byteLength)
  if (blob.length > MAX_HEADER_BYTES) {
    throw new RpmHeaderError(
      `the header is ${blob.length} bytes, over the ${MAX_HEADER_BYTES} read`
    )
  }
  if (blob.length < 8) throw new RpmHeaderError('the header is shorter than its 8-byte preamble')
  const indexCount = blob.readUInt32BE(0)
  const dataLength = blob.readUInt32BE(4)
  if (indexCount === 0 || indexCount > MAX_INDEX_ENTRIES) {
    throw new RpmHeaderError(`the header declares ${indexCount} index entries`)
  }
  const dataStart = 8 + indexCount * 16
  if (dataStart + dataLength > blob.length) {
    throw new RpmHeaderError(
      `the header declares ${indexCount} entries and ${dataLength} data bytes, more than its ${blob.length} bytes`
    )
  }
  const data = blob.subarray(dataStart, dataStart + dataLength)
  const wanted = new Map<number, keyof typeof RPM_TAGS>(
    Object.entries(RPM_TAGS).map(([key, tag]) => [tag, key as keyof typeof RPM_TAGS])
  )
  const values: RpmHeaderValues = {}
  for (let index = 0; index < indexCount; index++) {
    const at = 8 + index * 16
    const tag = blob.readUInt32BE(at)
    const key = wanted.get(tag)
    if (key === undefined) continue
    const type = blob.readUInt32BE(at + 4)
    const offset = blob.readUInt32BE(at + 8)
    const count = blob.readUInt32BE(at + 12)
    if (offset >= data.length) {
      throw new RpmHeaderError(
        `tag ${tag} points at offset ${offset}, past the ${data.length} data bytes`
      )
    }
    if (type === TYPE_INT32) {
      if (count < 1 || offset + 4 > data.length) {
        throw new RpmHeaderError(`tag ${tag}'s integer runs past the header data`)
      }
      values[key] = data.readInt32BE(offset)
    } else if (type === TYPE_STRING || type === TYPE_STRING_ARRAY || type === TYPE_I18NSTRING) {
      const end = data.indexOf(0, offset)
      if (end === -1) throw new RpmHeaderError(`tag ${tag}'s string has no end in the header data`)
      values[key] = data.toString('utf8', offset, end)
    } else {
      throw new RpmHeaderError(`tag ${tag} has type ${type}, not a string or integer`)
    }
  }
  return values
}
