/** One DER element: where its contents start and where the element ends. */
interface Element {
  start: number
  contentStart: number
  end: number
}

function readElement(der: Buffer, offset: number): Element {
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

/** The DER bytes of a certificate's issuer and subject names, as Go's RawIssuer / RawSubject. */
export interface RawNames {
  issuer: Buffer
  subject: Buffer
}

/**
 * Reads the raw issuer and subject Names from a DER certificate: Certificate → tbsCertificate →
 * [version], serialNumber, signature, issuer, validity, subject. Names are compared as bytes,
 * exactly as notation-core-go does.
 */
export function rawNames(der: Buffer): RawNames {
  const certificate = readElement(der, 0)
  const tbs = readElement(der, certificate.contentStart)
  const fields: Buffer[] = []
  for (let offset = tbs.contentStart; offset < tbs.end && fields.length < 7;) {
    const element = readElement(der, offset)
    fields.push(der.subarray(element.start, element.end))
    offset = element.end
  }
  const skip = fields[0]?.[0] === 0xa0 ? 1 : 0
  const issuer = fields[2 + skip]
  const subject = fields[4 + skip]
  if (!issuer || !subject) throw new Error('certificate has no issuer or subject')
  return { issuer, subject }
}
