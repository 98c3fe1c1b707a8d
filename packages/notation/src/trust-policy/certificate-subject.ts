// A certificate subject as notation sees it: Go's pkix.Name (fixed attribute order, repeated
// types grouped into one multi-valued RDN, unknown types printed as `oid=#hex`) rendered by
// Name.String() and read back with notation's DN rules.
import type { X509Certificate } from 'node:crypto'
import * as pkijs from 'pkijs'
import { derElement } from '../certificate/der.ts'
import { rawNames } from '../certificate/der-names.ts'

/** Go's short names, in the order pkix.Name.ToRDNSequence writes them. */
const KNOWN: [oid: string, name: string, single: boolean][] = [
  ['2.5.4.6', 'C', false],
  ['2.5.4.8', 'ST', false],
  ['2.5.4.7', 'L', false],
  ['2.5.4.9', 'STREET', false],
  ['2.5.4.17', 'POSTALCODE', false],
  ['2.5.4.10', 'O', false],
  ['2.5.4.11', 'OU', false],
  ['2.5.4.3', 'CN', true],
  ['2.5.4.5', 'SERIALNUMBER', true]
]

interface GoName {
  /** Attributes Go does not name, in certificate order (printed as `oid=#hex`). */
  unknown: { oid: string; value: string }[]
  /** Known attributes by short name: lists for C, ST, L…; one value (the last) for CN and SERIALNUMBER. */
  known: Map<string, string[]>
}

/** The text of an attribute value (string types decoded; others as hex of their DER). */
function valueText(value: unknown): string {
  const block = (value as { valueBlock?: { value?: unknown } }).valueBlock
  if (typeof block?.value === 'string') return block.value
  const ber = (value as { toBER?: () => ArrayBuffer }).toBER?.()
  return ber ? Buffer.from(ber).toString('hex') : ''
}

/** The attributes of a DER Name, in certificate order. */
const nameAttributes = (nameDer: Uint8Array): pkijs.AttributeTypeAndValue[] =>
  pkijs.RelativeDistinguishedNames.fromBER(nameDer).typesAndValues

function goName(attributes: pkijs.AttributeTypeAndValue[]): GoName {
  const unknown: GoName['unknown'] = []
  const known = new Map<string, string[]>()
  for (const attribute of attributes) {
    const value = valueText(attribute.value)
    const entry = KNOWN.find(([oid]) => oid === attribute.type)
    if (!entry) {
      unknown.push({ oid: attribute.type, value })
      continue
    }
    const [, short, single] = entry
    known.set(short, single ? [value] : [...(known.get(short) ?? []), value])
  }
  return { unknown, known }
}

const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?*&]*$/

/** The DER of a Go string as asn1.Marshal writes it (PrintableString when it can, else UTF8String). */
function goStringDer(value: string): string {
  const tag = PRINTABLE.test(value) ? 0x13 : 0x0c
  return derElement(tag, Buffer.from(value, 'utf8')).toString('hex')
}

const escapeValue = (value: string): string =>
  [...value]
    .map((char, index, chars) => {
      const escape =
        ',+"\\<>;'.includes(char) ||
        (char === ' ' && (index === 0 || index === chars.length - 1)) ||
        (char === '#' && index === 0)
      return escape ? `\\${char}` : char
    })
    .join('')

function goNameString(name: GoName): string {
  const rdns: string[] = name.unknown.map(({ oid, value }) => `${oid}=#${goStringDer(value)}`)
  for (const [, short] of KNOWN) {
    const values = name.known.get(short)
    if (values?.length) rdns.push(values.map(value => `${short}=${escapeValue(value)}`).join('+'))
  }
  return rdns.reverse().join(',')
}

/**
 * A DER Name as Go's `pkix.Name.String()` prints it, e.g.
 * `CN=Notation Test Root,O=Notary,L=Seattle,ST=WA,C=US` — the form notation's messages quote.
 */
export function goDistinguishedName(nameDer: Uint8Array): string {
  return goNameString(goName(nameAttributes(nameDer)))
}

/** What notation reads from a certificate subject for `x509.subject` matching. */
export interface CertificateSubject {
  /** Go's `Subject.String()`, as notation quotes it. */
  text: string
  /** Short name (C, ST, L, STREET, POSTALCODE, O, OU, CN, SERIALNUMBER) → value. */
  attributes: Record<string, string>
  /**
   * Set when notation cannot match this subject against `x509.subject` identities (it accepts
   * the signature only with the `*` identity): an attribute type Go does not name (it prints as
   * `=#`, e.g. emailAddress), a value containing `=#`, a repeated attribute (two OUs make one
   * multi-valued RDN) or a missing C, ST or O. notation's message.
   */
  unsupported?: string
}

/** Options of {@link certificateSubjectAttributes}. */
export interface CertificateSubjectAttributesOptions {
  certificate: X509Certificate
}

/** The subject attributes of a certificate read from its DER, with notation's rules. */
export function certificateSubjectAttributes(
  options: CertificateSubjectAttributesOptions
): CertificateSubject {
  const name = goName(nameAttributes(rawNames(options.certificate.raw).subject))
  const text = goNameString(name)
  const quoted = JSON.stringify(text)
  const attributes: Record<string, string> = {}
  let repeated = false
  for (const [short, values] of name.known) {
    if (values.length > 1) repeated = true
    else if (values[0] !== undefined) attributes[short] = values[0]
  }
  const missing = ['C', 'ST', 'O'].find(field => !attributes[field])
  const unsupported = text.includes('=#')
    ? `unsupported distinguished name (DN) ${quoted}: notation does not support x509.subject identities containing "=#"`
    : repeated
      ? `distinguished name (DN) ${quoted} has multi-valued RDN attributes, remove multi-valued RDN attributes as they are not supported`
      : missing
        ? `distinguished name (DN) ${quoted} has no mandatory RDN attribute for "${missing}", it must contain 'C', 'ST' or 'S', and 'O' RDN attributes at a minimum`
        : undefined
  return { text, attributes, ...(unsupported && { unsupported }) }
}
