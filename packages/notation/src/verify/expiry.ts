import { HEADER } from '../envelope/attributes.ts'
import type { ParsedEnvelope } from '../envelope/types.ts'
import { rfc1123z, rfc3339OffsetMinutes } from './go-format.ts'

/** Options of {@link checkExpiry}. */
export interface CheckExpiryOptions {
  envelope: ParsedEnvelope
  now: Date
}

/** Step 5 of notary.md §3.3: `now >= expiry` fails. Returns the failure message. */
export function checkExpiry(options: CheckExpiryOptions): string | undefined {
  const { expiry } = options.envelope.signedAttributes
  if (!expiry || options.now.getTime() < expiry.getTime()) return undefined
  const offset = rfc3339OffsetMinutes(options.envelope.protectedHeader.get(HEADER.expiry))
  return `digital signature has expired on "${rfc1123z(expiry, offset)}"`
}
