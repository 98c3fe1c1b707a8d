// The extensions of an X.509 certificate by OID, read from its DER with a small TLV walker: enough
// to show the Fulcio claims a signing certificate carries (node:crypto exposes none of them).

/** One DER element: its tag and its contents. */
export interface DerElement {
  tag: number
  contents: Buffer
}

/** The DER elements that follow each other in `bytes`; throws a RangeError when they do not. */
export function derElements(bytes: Buffer): DerElement[] {
  const found: DerElement[] = []
  for (let offset = 0; offset < bytes.length;) {
    const tag = bytes[offset]
    const first = bytes[offset + 1]
    if (tag === undefined || first === undefined) throw new RangeError('truncated DER')
    let length = first
    let start = offset + 2
    if (first & 0x80) {
      const count = first & 0x7f
      if (count === 0 || count > 4) throw new RangeError('unsupported DER length')
      length = 0
      for (let index = 0; index < count; index++)
        length = length * 256 + (bytes[start + index] ?? 0)
      start += count
    }
    if (start + length > bytes.length) throw new RangeError('truncated DER')
    found.push({ tag, contents: bytes.subarray(start, start + length) })
    offset = start + length
  }
  return found
}

/** The elements inside the one element `bytes` holds (a SEQUENCE's items). */
function inside(bytes: Buffer | undefined): DerElement[] {
  const [outer] = bytes === undefined ? [] : derElements(bytes)
  return outer === undefined ? [] : derElements(outer.contents)
}

/** An OBJECT IDENTIFIER's dotted text. */
function objectIdentifier(bytes: Buffer): string {
  const [first = 0] = bytes
  const top = Math.min(2, Math.floor(first / 40))
  const arcs = [top, first - 40 * top]
  let value = 0
  for (const byte of bytes.subarray(1)) {
    value = value * 128 + (byte & 0x7f)
    if ((byte & 0x80) === 0) {
      arcs.push(value)
      value = 0
    }
  }
  return arcs.join('.')
}

const SEQUENCE = 0x30
const EXTENSIONS = 0xa3
const OID = 0x06
const OCTET_STRING = 0x04

/** Options of {@link certificateExtensions}. */
export interface CertificateExtensionsOptions {
  /** The certificate's DER. */
  der: Buffer
}

/**
 * Every extension of the certificate: OID → the contents of its extnValue OCTET STRING. Throws a
 * RangeError when the DER does not walk (callers show the certificate without its claims then).
 */
export function certificateExtensions(options: CertificateExtensionsOptions): Map<string, Buffer> {
  const [certificate] = derElements(options.der)
  const [tbs] = certificate?.tag === SEQUENCE ? derElements(certificate.contents) : []
  if (tbs?.tag !== SEQUENCE) throw new RangeError('not a certificate')
  const block = derElements(tbs.contents).find(item => item.tag === EXTENSIONS)
  const extensions = new Map<string, Buffer>()
  for (const extension of inside(block?.contents)) {
    const parts = derElements(extension.contents)
    const oid = parts.find(part => part.tag === OID)
    const value = parts.find(part => part.tag === OCTET_STRING)
    if (oid !== undefined && value !== undefined) {
      extensions.set(objectIdentifier(oid.contents), value.contents)
    }
  }
  return extensions
}

/** DER string types a Fulcio v2 extension value is written in (UTF8String first). */
const STRING_TAGS = new Set([0x0c, 0x12, 0x13, 0x16])

/** The text of the one DER string `value` holds, or undefined when it holds anything else. */
export function derString(value: Buffer): string | undefined {
  try {
    const items = derElements(value)
    const [string] = items
    if (items.length !== 1 || string === undefined || !STRING_TAGS.has(string.tag)) return undefined
    return string.contents.toString('utf8')
  } catch {
    return undefined
  }
}

// GeneralName tags: [6] uniformResourceIdentifier, [1] rfc822Name, [0] otherName (an OID, then
// [0] holding a UTF8String: Fulcio's username identities).
const URI = 0x86
const EMAIL = 0x81
const OTHER_NAME = 0xa0

/** The first URI, email or otherName of a subjectAltName extension's value. */
export function subjectAltName(value: Buffer | undefined): string | undefined {
  try {
    for (const name of inside(value)) {
      if (name.tag === URI || name.tag === EMAIL) return name.contents.toString('utf8')
      if (name.tag !== OTHER_NAME) continue
      const explicit = derElements(name.contents).find(part => part.tag === 0xa0)
      const text = explicit && derString(explicit.contents)
      if (text !== undefined) return text
    }
  } catch {
    return undefined
  }
  return undefined
}
