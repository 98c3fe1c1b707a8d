/**
 * `data` as a Snappy block (the raw format, not the framed one): its length as a varint, then
 * literal elements only. Valid Snappy that any decoder reads, without compressing anything —
 * what a listing's `bundle_url` serves, since clients (gh) Snappy-decode what they fetch there.
 */
export function snappyLiterals(data: Buffer): Buffer {
  const parts: Buffer[] = [varint(data.length)]
  const CHUNK = 65_536
  for (let offset = 0; offset < data.length; offset += CHUNK) {
    const chunk = data.subarray(offset, offset + CHUNK)
    const n = chunk.length - 1
    if (n < 60) parts.push(Buffer.from([n << 2]))
    else if (n < 0x100) parts.push(Buffer.from([60 << 2, n]))
    else parts.push(Buffer.from([61 << 2, n & 0xff, n >> 8]))
    parts.push(chunk)
  }
  return Buffer.concat(parts)
}

function varint(value: number): Buffer {
  const bytes: number[] = []
  let rest = value
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80)
    rest = Math.floor(rest / 128)
  }
  bytes.push(rest)
  return Buffer.from(bytes)
}
