// DER elements: writing one (tag, definite length, contents) and finding where one ends.

/** DER tags written here. */
export const DER = { INTEGER: 0x02, OCTET_STRING: 0x04, NULL: 0x05, OID: 0x06, SEQUENCE: 0x30 }

/** One DER element: tag, definite length, contents. */
export function derElement(tag: number, ...contents: Uint8Array[]): Buffer {
  const body = Buffer.concat(contents)
  const length = body.length
  if (length < 0x80) return Buffer.concat([Buffer.from([tag, length]), body])
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return Buffer.concat([Buffer.from([tag, 0x80 | bytes.length, ...bytes]), body])
}

/** The DER contents of an OBJECT IDENTIFIER in dotted form. */
export function oidContents(oid: string): Buffer {
  const [first = 0, second = 0, ...rest] = oid.split('.').map(Number)
  const out: number[] = []
  for (const arc of [first * 40 + second, ...rest]) {
    const septets = [arc % 128]
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) {
      septets.unshift((value % 128) | 0x80)
    }
    out.push(...septets)
  }
  return Buffer.from(out)
}

/** One DER element: where its contents start and where the element ends. */
export interface DerElement {
  start: number
  contentStart: number
  end: number
}

/** Reads the tag and definite length of the element at `offset`; throws on truncated data. */
export function readElement(der: Buffer, offset: number): DerElement {
  const first = der[offset + 1]
  if (der[offset] === undefined || first === undefined) throw new Error('truncated DER')
  let length = first
  let contentStart = offset + 2
  if (first & 0x80) {
    const count = first & 0x7f
    if (count === 0 || count > 4) throw new Error('unsupported DER length')
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + (der[contentStart + i] ?? 0)
    contentStart += count
  }
  const end = contentStart + length
  if (end > der.length) throw new Error('truncated DER')
  return { start: offset, contentStart, end }
}
