import 'reflect-metadata'
import * as x509 from '@peculiar/x509'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (value: number): string => String(value).padStart(2, '0')

/** The time shifted into the zone (read it with the UTC getters) and the zone as `+0800`. */
function inZone(date: Date, offsetMinutes: number): { local: Date; zone: string } {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return {
    local: new Date(date.getTime() + offsetMinutes * 60_000),
    zone: `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
  }
}

/**
 * A time as Go's `time.RFC1123Z` layout prints it, e.g. `Fri, 29 Jul 2022 23:59:00 +0000`.
 * `offsetMinutes` keeps the zone the time was written in (notation keeps RFC 3339 offsets).
 */
export function rfc1123z(date: Date, offsetMinutes = 0): string {
  const { local, zone } = inZone(date, offsetMinutes)
  return `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`
}

/** The UTC offset in minutes of an RFC 3339 time text (`Z` → 0, `+08:00` → 480). */
export function rfc3339OffsetMinutes(text: unknown): number {
  const match = typeof text === 'string' ? /([+-])(\d{2}):(\d{2})$/.exec(text) : null
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

/** Go's short names of the attribute types pkix.Name.String() knows. */
const SHORT_NAMES: Record<string, string> = {
  '2.5.4.6': 'C',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.3': 'CN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.17': 'POSTALCODE'
}

/** One attribute of a subject name, in the order the certificate holds them. */
interface NameAttribute {
  /** Go's short name (C, ST, O, CN…) or the dotted OID for other types. */
  type: string
  value: string
  /** Whether Go knows the type (others print as `oid=#<hex>` and cannot be matched). */
  known: boolean
  /** Index of the relative distinguished name holding it (multi-valued RDNs share one). */
  rdn: number
}

type RelativeName = { type: string; value: { toString(): string } }[]

/** The attributes of a DER certificate's subject (or issuer), as Go's pkix.Name sees them. */
function subjectAttributes(der: Buffer, which: 'subject' | 'issuer' = 'subject'): NameAttribute[] {
  const certificate = new x509.X509Certificate(der)
  const name = which === 'subject' ? certificate.subjectName : certificate.issuerName
  // Name.asn (the parsed RDNSequence) is TypeScript-private but the only view that keeps the
  // RDN boundaries and the attribute OIDs.
  const { asn } = name as unknown as { asn: RelativeName[] }
  return asn.flatMap((rdn, index) =>
    rdn.map(attribute => {
      const short = SHORT_NAMES[attribute.type]
      return {
        type: short ?? attribute.type,
        value: attribute.value.toString(),
        known: short !== undefined,
        rdn: index
      }
    })
  )
}

const escapeValue = (value: string): string =>
  value
    .replace(/[,+"\\<>;]/g, char => `\\${char}`)
    .replace(/^[ #]/, char => `\\${char}`)
    .replace(/ $/, '\\ ')

/**
 * The subject as Go's `pkix.Name.String()` prints it (RFC 2253 order, last RDN first), e.g.
 * `CN=Notation Test Root,O=Notary,L=Seattle,ST=WA,C=US` — notation's messages quote this form.
 * `which: 'issuer'` gives the issuer the same way.
 */
export function goSubject(der: Buffer, which: 'subject' | 'issuer' = 'subject'): string {
  const attributes = subjectAttributes(der, which)
  const rdns = new Map<number, string[]>()
  for (const attribute of attributes) {
    const text = attribute.known
      ? `${attribute.type}=${escapeValue(attribute.value)}`
      : `${attribute.type}=#${Buffer.from(attribute.value).toString('hex')}`
    rdns.set(attribute.rdn, [...(rdns.get(attribute.rdn) ?? []), text])
  }
  return [...rdns.values()]
    .reverse()
    .map(parts => parts.join('+'))
    .join(',')
}

/**
 * A time as Go's `time.Time.String()` prints it (what `%q` of a time shows), e.g.
 * `3000-11-10 23:00:00 +0000 UTC`, or `2024-06-18 14:29:33 +0800 +0800` for an offset time.
 */
export function goTimeString(date: Date, offsetMinutes = 0): string {
  const { local, zone } = inZone(date, offsetMinutes)
  const text = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
  return `${text} ${zone} ${offsetMinutes === 0 ? 'UTC' : zone}`
}
