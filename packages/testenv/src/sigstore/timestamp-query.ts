// RFC 3161 TimeStampReq, read as cosign and sigstore-go send it (application/timestamp-query):
//   TimeStampReq ::= SEQUENCE { version INTEGER, messageImprint SEQUENCE { hashAlgorithm
//     AlgorithmIdentifier, hashedMessage OCTET STRING }, reqPolicy OID OPTIONAL,
//     nonce INTEGER OPTIONAL, certReq BOOLEAN DEFAULT FALSE, extensions [0] OPTIONAL }

/** What the stack's timestamp authority needs of a query. */
export interface TimestampQuery {
  hashAlgorithmOid: string
  hashedMessage: Buffer
  /** The nonce's INTEGER content octets, as sent (the answer must carry the same). */
  nonce: Buffer | undefined
  certReq: boolean
}

interface Element {
  tag: number
  content: Buffer
  /** The bytes after this element. */
  rest: Buffer
}

function element(bytes: Buffer): Element {
  const tag = bytes[0] ?? -1
  let length = bytes[1] ?? 0
  let offset = 2
  if (length & 0x80) {
    const count = length & 0x7f
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[2 + i] ?? 0)
    offset += count
  }
  if (offset + length > bytes.length) throw new Error('a truncated DER element')
  return {
    tag,
    content: bytes.subarray(offset, offset + length),
    rest: bytes.subarray(offset + length)
  }
}

function oidText(content: Buffer): string {
  const parts: number[] = [Math.floor((content[0] ?? 0) / 40), (content[0] ?? 0) % 40]
  let value = 0
  for (const byte of content.subarray(1)) {
    value = value * 128 + (byte & 0x7f)
    if (!(byte & 0x80)) {
      parts.push(value)
      value = 0
    }
  }
  return parts.join('.')
}

/** The query's message imprint, nonce and certReq; throws on anything that is not one. */
export function readTimestampQuery(bytes: Buffer): TimestampQuery {
  const request = element(bytes)
  if (request.tag !== 0x30) throw new Error('a TimeStampReq is a SEQUENCE')
  const version = element(request.content)
  const imprint = element(version.rest)
  const algorithm = element(imprint.content)
  const hashed = element(algorithm.rest)
  const query: TimestampQuery = {
    hashAlgorithmOid: oidText(element(algorithm.content).content),
    hashedMessage: Buffer.from(hashed.content),
    nonce: undefined,
    certReq: false
  }
  for (let rest = imprint.rest; rest.length > 0;) {
    const next = element(rest)
    if (next.tag === 0x02) query.nonce = Buffer.from(next.content)
    if (next.tag === 0x01) query.certReq = next.content[0] !== 0
    rest = next.rest
  }
  return query
}
