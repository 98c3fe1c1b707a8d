import { Decoder, Encoder } from 'cbor-x'

// mapsAsObjects: false keeps Maps as plain CBOR maps (no tag 259 around them).
const encoder = new Encoder({
  useRecords: false,
  mapsAsObjects: false,
  tagUint8Array: false,
  variableMapSize: true
})
const decoder = new Decoder({ useRecords: false, mapsAsObjects: false })

/** CBOR-encodes `value`: Maps as CBOR maps in insertion order, Buffers as byte strings. */
export function encodeCbor(value: unknown): Buffer {
  return encoder.encode(value)
}

/**
 * Decodes one CBOR item (maps as Map, tag 1 as Date, unknown tags as Tag) after checking it is
 * strict (checkStrictCbor): no indefinite lengths, no duplicate map keys, no trailing bytes.
 */
export function decodeCbor(bytes: Buffer): unknown {
  checkStrictCbor(bytes)
  return decoder.decode(bytes)
}

/**
 * A map in Core Deterministic order (RFC 8949 §4.2.1, fxamacker's SortCoreDeterministic):
 * entries sorted by the bytes of their encoded keys — so integer labels come first, then text
 * labels by length, then bytewise.
 */
export function deterministicMap(
  entries: [number | string, unknown][]
): Map<number | string, unknown> {
  const keyed = entries.map(entry => ({ entry, key: encodeCbor(entry[0]) }))
  keyed.sort((a, b) => Buffer.compare(a.key, b.key))
  return new Map(keyed.map(({ entry }) => entry))
}

/**
 * Walks one CBOR item the way go-cose's decoder (fxamacker/cbor, DupMapKeyEnforcedAPF,
 * IndefLengthForbidden) accepts it: no indefinite-length strings, arrays or maps, no duplicate
 * map keys, no reserved additional information, and nothing after the item. Throws an Error
 * saying what is wrong and at which byte offset.
 */
export function checkStrictCbor(bytes: Buffer): void {
  const end = walk(bytes, 0, 0)
  if (end !== bytes.length) throw new Error(`unexpected trailing bytes at offset ${end}`)
}

const MAX_DEPTH = 64

/** Reads an item's head: major type, argument and where the content starts. */
function head(bytes: Buffer, offset: number): { major: number; value: number; next: number } {
  const initial = bytes[offset]
  if (initial === undefined) throw new Error(`unexpected end of data at offset ${offset}`)
  const major = initial >> 5
  const info = initial & 0x1f
  if (info < 24) return { major, value: info, next: offset + 1 }
  if (info === 31) {
    const what =
      major === 7 ? 'a break code outside an indefinite-length item' : 'an indefinite-length item'
    throw new Error(`${what} at offset ${offset}; deterministic CBOR forbids indefinite lengths`)
  }
  if (info > 27) throw new Error(`reserved additional information ${info} at offset ${offset}`)
  const size = 1 << (info - 24)
  if (offset + 1 + size > bytes.length)
    throw new Error(`unexpected end of data at offset ${offset}`)
  let value = 0
  for (let i = 0; i < size; i++) value = value * 256 + (bytes[offset + 1 + i] ?? 0)
  return { major, value, next: offset + 1 + size }
}

function walk(bytes: Buffer, offset: number, depth: number): number {
  if (depth > MAX_DEPTH) throw new Error(`nesting deeper than ${MAX_DEPTH} at offset ${offset}`)
  const { major, value, next } = head(bytes, offset)
  switch (major) {
    case 2:
    case 3: {
      if (next + value > bytes.length) throw new Error(`unexpected end of data at offset ${offset}`)
      return next + value
    }
    case 4: {
      let position = next
      for (let i = 0; i < value; i++) position = walk(bytes, position, depth + 1)
      return position
    }
    case 5: {
      const keys = new Set<string>()
      let position = next
      for (let i = 0; i < value; i++) {
        const keyStart = position
        position = walk(bytes, position, depth + 1)
        const key = mapKeyIdentity(bytes.subarray(keyStart, position))
        if (keys.has(key)) {
          throw new Error(
            `duplicate map key at offset ${keyStart}; deterministic CBOR forbids duplicate keys`
          )
        }
        keys.add(key)
        position = walk(bytes, position, depth + 1)
      }
      return position
    }
    case 6:
      return walk(bytes, next, depth + 1)
    default:
      // 0, 1: integers; 7: simple values and floats (the head holds them whole).
      return next
  }
}

/** Keys compare by value, so `1` written in one byte and in two bytes are the same key. */
function mapKeyIdentity(encoded: Buffer): string {
  const { major, value, next } = head(encoded, 0)
  if ((major === 0 || major === 1) && next === encoded.length) return `${major}:${value}`
  if ((major === 2 || major === 3) && next + value === encoded.length) {
    return `${major}:${encoded.subarray(next).toString('hex')}`
  }
  return `raw:${encoded.toString('hex')}`
}
