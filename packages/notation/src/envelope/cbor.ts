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

/** Decodes one CBOR item (maps as Map, tag 1 as Date, unknown tags as Tag); throws on trailing bytes. */
export function decodeCbor(bytes: Buffer): unknown {
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
