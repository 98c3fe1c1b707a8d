import { constants, createHash, privateDecrypt, randomBytes, type KeyObject } from 'node:crypto'

/** The hashes Key Vault's PS256/PS384/PS512 use, by node:crypto name. */
export type PssHash = 'sha256' | 'sha384' | 'sha512'

export interface SignDigestRsaPssOptions {
  privateKey: KeyObject
  /** The message digest, already computed with `hash` (what Key Vault's sign API receives). */
  digest: Buffer
  hash: PssHash
}

/** MGF1 (RFC 8017 B.2.1) with `hash`, producing `length` bytes. */
function mgf1(seed: Buffer, length: number, hash: PssHash): Buffer {
  const blocks: Buffer[] = []
  for (let counter = 0; blocks.length * seed.length < length; counter++) {
    const c = Buffer.alloc(4)
    c.writeUInt32BE(counter)
    blocks.push(createHash(hash).update(seed).update(c).digest())
  }
  return Buffer.concat(blocks).subarray(0, length)
}

/**
 * RSASSA-PSS over a precomputed digest, as Key Vault signs: EMSA-PSS encoding (RFC 8017 9.1.1,
 * MGF1 with the same hash, salt length = hash length) followed by the raw RSA private operation.
 * node:crypto only signs whole messages with PSS, so the encoding is done here and the private
 * operation runs through privateDecrypt with no padding.
 */
export function signDigestRsaPss(options: SignDigestRsaPssOptions): Buffer {
  const { privateKey, digest, hash } = options
  const modulusBits = privateKey.asymmetricKeyDetails?.modulusLength
  if (modulusBits === undefined) throw new Error('RSA-PSS signing needs an RSA private key')
  const hashLength = digest.length
  const emBits = modulusBits - 1
  const emLength = Math.ceil(emBits / 8)
  const salt = randomBytes(hashLength)
  const h = createHash(hash).update(Buffer.alloc(8)).update(digest).update(salt).digest()
  const db = Buffer.concat([Buffer.alloc(emLength - 2 * hashLength - 2), Buffer.from([0x01]), salt])
  const mask = mgf1(h, db.length, hash)
  for (let i = 0; i < db.length; i++) db[i] = (db[i] ?? 0) ^ (mask[i] ?? 0)
  db[0] = (db[0] ?? 0) & (0xff >> (8 * emLength - emBits))
  const encoded = Buffer.concat([db, h, Buffer.from([0xbc])])
  const modulusBytes = Math.ceil(modulusBits / 8)
  const block = Buffer.concat([Buffer.alloc(modulusBytes - encoded.length), encoded])
  return privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, block)
}
