// A strict DER walker (X.690 §10 on top of the BER rules of §8). It accepts exactly the
// encodings DER allows, so one value has one encoding, and says what is wrong and where:
//   - definite lengths only, in the minimal form (short form below 128, no leading zero octets);
//   - tags in the low-tag-number form when below 31, high tag numbers without padding;
//   - SEQUENCE and SET constructed, every other universal type primitive (DER has no
//     constructed strings), context/application/private tags walked when constructed;
//   - BOOLEAN one octet 0x00 or 0xFF; NULL empty; INTEGER and ENUMERATED minimal two's
//     complement; BIT STRING with 0–7 unused bits that are zero; OBJECT IDENTIFIER arcs minimal;
//     UTCTime YYMMDDHHMMSSZ, GeneralizedTime YYYYMMDDHHMMSS[.fff]Z without trailing zeros;
//   - every constructed element exactly filled by its children, nothing after the outer element.
// Not checked: the order of SET OF elements (§11.6). Certificates hold SETs only in
// multi-valued RDNs and attributes, which CAs write in their own order and X.509 verifiers
// (Go, OpenSSL, @sigstore) accept; their bytes are covered by the issuer's signature anyway.
// Nor the contents of OCTET STRINGs and BIT STRINGs, which are opaque here — except a
// certificate's ECDSA signature value, which checkCanonicalCertificate walks as DER.

/** Options of {@link checkCanonicalDer} and {@link checkCanonicalCertificate}. */
export interface CheckCanonicalDerOptions {
  der: Uint8Array
}

/** Why an encoding is not canonical DER, and the byte offset of the offending element. */
export class NonCanonicalDerError extends Error {
  readonly offset: number
  readonly reason: string

  constructor(options: { offset: number; reason: string }) {
    super(`${options.reason} at byte ${options.offset}`)
    this.name = 'NonCanonicalDerError'
    this.offset = options.offset
    this.reason = options.reason
  }
}

const MAX_DEPTH = 32

const UNIVERSAL: Record<number, string> = {
  1: 'BOOLEAN',
  2: 'INTEGER',
  3: 'BIT STRING',
  4: 'OCTET STRING',
  5: 'NULL',
  6: 'OBJECT IDENTIFIER',
  10: 'ENUMERATED',
  12: 'UTF8String',
  16: 'SEQUENCE',
  17: 'SET',
  19: 'PrintableString',
  20: 'TeletexString',
  22: 'IA5String',
  23: 'UTCTime',
  24: 'GeneralizedTime',
  26: 'VisibleString',
  28: 'UniversalString',
  30: 'BMPString'
}

/** One element as read: its tag and where its contents lie. */
interface Element {
  start: number
  tagClass: number
  constructed: boolean
  tagNumber: number
  contentStart: number
  end: number
}

const fail = (offset: number, reason: string): never => {
  throw new NonCanonicalDerError({ offset, reason })
}

/**
 * Checks that `der` is exactly one element in canonical DER (see the rules above). Throws a
 * NonCanonicalDerError naming the first violation and its byte offset.
 */
export function checkCanonicalDer(options: CheckCanonicalDerOptions): void {
  const { der } = options
  if (der.length === 0) fail(0, 'empty input, no DER element')
  const element = walk(der, 0, der.length, 0)
  if (element.end !== der.length) {
    fail(element.end, `${der.length - element.end} trailing byte(s) after the DER element`)
  }
}

const ECDSA_WITH_SHA = /^2a8648ce3d0403(?:01|02|03|04)$/u // 1.2.840.10045.4.3.1–4

/**
 * Checks that `der` is one X.509 certificate in canonical DER: the DER rules above, the
 * Certificate SEQUENCE of tbsCertificate, signatureAlgorithm and signatureValue, no DEFAULT
 * value written out (version v1, an extension's critical FALSE), and an ECDSA signature value
 * that is itself a canonical DER SEQUENCE of two INTEGERs. Throws a NonCanonicalDerError.
 */
export function checkCanonicalCertificate(options: CheckCanonicalDerOptions): void {
  const { der } = options
  checkCanonicalDer({ der })
  const certificate = read(der, 0, der.length)
  const [tbs, algorithm, signature, ...extra] = children(der, certificate)
  if (certificate.tagNumber !== 16 || !tbs || !algorithm || !signature || extra.length > 0) {
    return fail(0, 'not a Certificate (a SEQUENCE of tbsCertificate, algorithm and signature)')
  }
  if (tbs.tagNumber !== 16 || algorithm.tagNumber !== 16 || signature.tagNumber !== 3) {
    return fail(
      tbs.start,
      'not a Certificate (a SEQUENCE of tbsCertificate, algorithm and signature)'
    )
  }
  checkDefaults(der, tbs)
  const [oid] = children(der, algorithm)
  const oidHex = oid && oid.tagNumber === 6 ? hex(der, oid) : ''
  if (ECDSA_WITH_SHA.test(oidHex)) {
    const value = der.subarray(signature.contentStart + 1, signature.end)
    try {
      checkCanonicalDer({ der: value })
    } catch (error) {
      const inner = error as NonCanonicalDerError
      return fail(
        signature.contentStart + 1 + inner.offset,
        `ECDSA signature value: ${inner.reason}`
      )
    }
    const ecdsa = read(value, 0, value.length)
    const parts = children(value, ecdsa)
    if (ecdsa.tagNumber !== 16 || parts.length !== 2 || parts.some(part => part.tagNumber !== 2)) {
      return fail(
        signature.contentStart + 1,
        'the ECDSA signature value is not a SEQUENCE of two INTEGERs'
      )
    }
  }
}

/** DER omits DEFAULT values: version v1 (0) and an extension's critical FALSE. */
function checkDefaults(der: Uint8Array, tbs: Element): void {
  for (const field of children(der, tbs)) {
    if (field.tagClass !== 2 || !field.constructed) continue
    const [inner] = children(der, field)
    if (field.tagNumber === 0 && inner?.tagNumber === 2 && hex(der, inner) === '00') {
      fail(field.start, 'the version v1 is the DEFAULT and must be left out in DER')
    }
    if (field.tagNumber !== 3 || inner === undefined) continue
    for (const extension of children(der, inner)) {
      const critical = children(der, extension).find(part => part.tagNumber === 1)
      if (critical && hex(der, critical) === '00') {
        fail(
          critical.start,
          "an extension's critical FALSE is the DEFAULT and must be left out in DER"
        )
      }
    }
  }
}

const hex = (der: Uint8Array, element: Element): string =>
  Buffer.from(der.subarray(element.contentStart, element.end)).toString('hex')

/** The elements a constructed element holds (already checked by walk). */
function children(der: Uint8Array, parent: Element): Element[] {
  if (!parent.constructed) return []
  const out: Element[] = []
  for (let offset = parent.contentStart; offset < parent.end;) {
    const child = read(der, offset, parent.end)
    out.push(child)
    offset = child.end
  }
  return out
}

/** Reads one element's tag and length at `offset`, which must end by `limit`. */
function read(der: Uint8Array, offset: number, limit: number): Element {
  const first = der[offset]
  if (first === undefined || offset >= limit) return fail(offset, 'truncated: no tag')
  const tagClass = first >> 6
  const constructed = (first & 0x20) !== 0
  let tagNumber = first & 0x1f
  let position = offset + 1
  if (tagNumber === 0x1f) {
    tagNumber = 0
    for (let count = 0; ; count++) {
      const byte = der[position]
      if (byte === undefined || position >= limit) return fail(offset, 'truncated: tag')
      if (count === 0 && byte === 0x80) fail(offset, 'a high tag number with a leading zero septet')
      if (count === 3) fail(offset, 'a tag number too large')
      tagNumber = tagNumber * 128 + (byte & 0x7f)
      position++
      if ((byte & 0x80) === 0) break
    }
    if (tagNumber < 31) fail(offset, `tag number ${tagNumber} in the high-tag-number form`)
  }
  const lengthByte = der[position]
  if (lengthByte === undefined || position >= limit) return fail(offset, 'truncated: no length')
  position++
  let length = lengthByte
  if (lengthByte === 0x80) fail(offset, 'an indefinite length (DER requires definite lengths)')
  if (lengthByte === 0xff) fail(offset, 'the reserved length octet 0xFF')
  if (lengthByte > 0x80) {
    const count = lengthByte & 0x7f
    if (count > 4) fail(offset, `a ${count}-octet length (more than this checker reads)`)
    if (position + count > limit) fail(offset, 'truncated: length')
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + (der[position + i] as number)
    if (der[position] === 0) fail(offset, 'a long-form length with a leading zero octet')
    if (length < 0x80)
      fail(offset, `length ${length} in the long form (DER requires the short form)`)
    position += count
  }
  const end = position + length
  if (end > limit) {
    fail(
      offset,
      `length ${length} runs past the end of the enclosing element (${limit - position} byte(s) left)`
    )
  }
  return { start: offset, tagClass, constructed, tagNumber, contentStart: position, end }
}

const name = (element: Element): string =>
  element.tagClass === 0
    ? (UNIVERSAL[element.tagNumber] ?? `universal tag ${element.tagNumber}`)
    : `[${element.tagNumber}]`

function walk(der: Uint8Array, offset: number, limit: number, depth: number): Element {
  if (depth > MAX_DEPTH) fail(offset, `nesting deeper than ${MAX_DEPTH}`)
  const element = read(der, offset, limit)
  const universal = element.tagClass === 0
  if (universal && element.tagNumber === 0) fail(offset, 'tag 0 (end-of-contents) outside BER')
  const structured = element.tagNumber === 16 || element.tagNumber === 17
  if (universal && structured && !element.constructed) {
    fail(offset, `a primitive ${name(element)} (it must be constructed)`)
  }
  if (universal && !structured && element.constructed) {
    fail(offset, `a constructed ${name(element)} (DER requires the primitive form)`)
  }
  if (element.constructed) {
    for (let child = element.contentStart; child < element.end;) {
      child = walk(der, child, element.end, depth + 1).end
    }
    return element
  }
  if (universal) checkPrimitive(der, element)
  return element
}

const UTC_TIME = /^\d{12}Z$/u
const GENERALIZED_TIME = /^\d{14}(?:\.\d*[1-9])?Z$/u

/** The content rules of the universal primitive types that have them in DER. */
function checkPrimitive(der: Uint8Array, element: Element): void {
  const { start, contentStart, end } = element
  const content = der.subarray(contentStart, end)
  const [first, second] = content
  switch (element.tagNumber) {
    case 1:
      if (content.length !== 1) fail(start, `a BOOLEAN of ${content.length} octets (DER: one)`)
      if (first !== 0x00 && first !== 0xff) {
        fail(start, `BOOLEAN TRUE written as 0x${hexByte(first)} (DER requires 0xFF)`)
      }
      return
    case 2:
    case 10:
      if (first === undefined) return fail(start, `an empty ${name(element)}`)
      if (second !== undefined && first === 0x00 && second < 0x80) {
        fail(start, `a non-minimal ${name(element)} (a redundant leading 0x00)`)
      }
      if (second !== undefined && first === 0xff && second >= 0x80) {
        fail(start, `a non-minimal ${name(element)} (a redundant leading 0xFF)`)
      }
      return
    case 3: {
      if (first === undefined) return fail(start, 'a BIT STRING without its unused-bits octet')
      if (first > 7) fail(start, `a BIT STRING with ${first} unused bits (at most 7)`)
      if (content.length === 1 && first !== 0) fail(start, 'an empty BIT STRING with unused bits')
      const last = content[content.length - 1] as number
      if (content.length > 1 && (last & ((1 << first) - 1)) !== 0) {
        fail(start, 'a BIT STRING whose unused bits are not zero')
      }
      return
    }
    case 5:
      if (content.length !== 0) fail(start, 'a NULL with contents')
      return
    case 6:
      checkOid(content, start)
      return
    case 23:
      if (!UTC_TIME.test(Buffer.from(content).toString('latin1'))) {
        fail(start, 'a UTCTime not in the form YYMMDDHHMMSSZ')
      }
      return
    case 24:
      if (!GENERALIZED_TIME.test(Buffer.from(content).toString('latin1'))) {
        fail(start, 'a GeneralizedTime not in the form YYYYMMDDHHMMSS[.fff]Z')
      }
      return
    default:
      return
  }
}

function checkOid(content: Uint8Array, start: number): void {
  if (content.length === 0) fail(start, 'an empty OBJECT IDENTIFIER')
  let arcStart = true
  for (const byte of content) {
    if (arcStart && byte === 0x80)
      fail(start, 'an OBJECT IDENTIFIER arc with a leading zero septet')
    arcStart = (byte & 0x80) === 0
  }
  if (!arcStart) fail(start, 'an OBJECT IDENTIFIER whose last arc is cut off')
}

const hexByte = (byte: number | undefined): string =>
  (byte ?? 0).toString(16).padStart(2, '0').toUpperCase()
