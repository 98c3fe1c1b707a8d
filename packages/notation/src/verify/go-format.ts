import { rawNames } from '../certificate/der-names.ts'
import { goDistinguishedName } from '../trust-policy/certificate-subject.ts'

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

/**
 * The subject as Go's `pkix.Name.String()` prints it, e.g.
 * `CN=Notation Test Root,O=Notary,L=Seattle,ST=WA,C=US` — notation's messages and `notation
 * inspect` quote this form. Go parses the name into fixed fields and prints them in its own order
 * (SERIALNUMBER, CN, OU, O, POSTALCODE, STREET, L, ST, C; other types last), whatever order the
 * certificate holds them in. `which: 'issuer'` gives the issuer the same way.
 */
export function goSubject(der: Buffer, which: 'subject' | 'issuer' = 'subject'): string {
  return goDistinguishedName(rawNames(der)[which])
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
