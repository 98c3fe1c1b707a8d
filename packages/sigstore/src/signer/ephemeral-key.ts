import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { p256 } from '@noble/curves/nist.js'

/** A P-256 key pair that lives in memory only, for as long as its certificate is used. */
export interface EphemeralKey {
  /** The public key as SPKI PEM, as Fulcio takes it. */
  publicKeyPem: string
  /** ECDSA P-256 (RFC 6979, deterministic) over a SHA-256 digest computed beforehand; DER. */
  signDigest(digest: Uint8Array): Buffer
  /** ECDSA P-256 with SHA-256 over `data` held whole (a DSSE envelope's PAE); DER. */
  signData(data: Uint8Array): Buffer
}

/** SHA-256 of `data`. */
export const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest()

/**
 * A fresh key pair. node:crypto generates it and signs what is held whole (about 25 µs);
 * @noble/curves signs a digest computed beforehand (about 0.4 ms), because node:crypto cannot
 * sign a digest it did not compute (files are hashed while streaming, never read here).
 */
export function createEphemeralKey(): EphemeralKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const secretKey = Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url')
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    signDigest: digest =>
      Buffer.from(p256.sign(digest, secretKey, { prehash: false, format: 'der' })),
    signData: data => sign('sha256', data, privateKey)
  }
}
