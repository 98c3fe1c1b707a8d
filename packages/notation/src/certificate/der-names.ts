import { readElement } from './der.ts'

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
