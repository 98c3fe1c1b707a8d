import { createHash, type KeyObject } from 'node:crypto'

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** RFC 4648 base32 without padding (libtrust only encodes whole 5-byte groups). */
function base32(bytes: Buffer): string {
  let bits = 0
  let value = 0
  let output = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      output += BASE32_ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) output += BASE32_ALPHABET[(value << (5 - bits)) & 31]
  return output
}

/**
 * The libtrust key ID of a public key, as docker/distribution's token authenticator computes it
 * to find the key for a JWT's `kid`: the first 240 bits of sha256(SPKI DER), base32-encoded, in
 * groups of four characters joined by `:` (e.g. `ABCD:EFGH:…`, 12 groups).
 */
export function libtrustKeyId(options: { publicKey: KeyObject }): string {
  const spki = options.publicKey.export({ type: 'spki', format: 'der' })
  const encoded = base32(createHash('sha256').update(spki).digest().subarray(0, 30))
  return encoded.match(/.{4}/g)?.join(':') ?? encoded
}
