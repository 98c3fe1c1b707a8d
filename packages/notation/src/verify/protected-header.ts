import type { Tag } from 'cbor-x'
import { decodeCbor } from '../envelope/cbor.ts'
import { ENVELOPE_MEDIA_TYPE } from '../envelope/types.ts'

/**
 * The text-labelled entries of an envelope's protected header (signed attributes, extended
 * attributes, JWS registered headers) with their raw values — for what ParsedEnvelope does not
 * carry: extended critical attributes, the verification plugin, the RFC 3339 offsets. Call it
 * only on an envelope parseEnvelope accepted.
 */
export function protectedHeaderEntries(envelope: Buffer, mediaType: string): Map<string, unknown> {
  if (mediaType === ENVELOPE_MEDIA_TYPE.jws) {
    const { protected: encoded } = JSON.parse(envelope.toString('utf8')) as { protected: string }
    const header = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as object
    return new Map(Object.entries(header))
  }
  const message = decodeCbor(envelope) as Tag
  const [protectedBytes] = message.value as [Buffer]
  const header = decodeCbor(protectedBytes) as Map<unknown, unknown>
  const entries = [...header.entries()].filter(
    (entry): entry is [string, unknown] => typeof entry[0] === 'string'
  )
  return new Map(entries)
}
