import { constants, publicDecrypt } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { p256, p384, p521 } from '@noble/curves/nist.js'

/** DER DigestInfo prefix of a SHA-256 digest (RFC 8017 §9.2), for RSA PKCS#1 v1.5. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex')

const CURVES = { prime256v1: p256, secp384r1: p384, secp521r1: p521 } as const

/** Options of {@link verifyPrehashed}. */
export interface VerifyPrehashedOptions {
  key: KeyObject
  /** The SHA-256 digest the signature was made over (the message itself is not at hand). */
  digest: Buffer
  /** The signature: DER ECDSA, or RSA PKCS#1 v1.5. */
  signature: Buffer
}

/**
 * Verifies a signature given only the SHA-256 digest of the signed message: ECDSA (P-256,
 * P-384, P-521) with @noble/curves in prehash mode, RSA PKCS#1 v1.5 by recovering the
 * DigestInfo. Node's crypto.verify always hashes the message itself, so it cannot do this.
 * Ed25519 signs the message, not a digest, and is refused (false).
 */
export function verifyPrehashed(options: VerifyPrehashedOptions): boolean {
  const { key, digest, signature } = options
  if (key.asymmetricKeyType === 'ec') {
    const curveName = key.asymmetricKeyDetails?.namedCurve
    const curve =
      curveName !== undefined && curveName in CURVES
        ? CURVES[curveName as keyof typeof CURVES]
        : undefined
    if (curve === undefined) return false
    const jwk = key.export({ format: 'jwk' })
    if (jwk.x === undefined || jwk.y === undefined) return false
    const point = Buffer.concat([
      Buffer.from([4]),
      Buffer.from(jwk.x, 'base64url'),
      Buffer.from(jwk.y, 'base64url')
    ])
    try {
      return curve.verify(signature, digest, point, { prehash: false, format: 'der', lowS: false })
    } catch {
      return false
    }
  }
  if (key.asymmetricKeyType === 'rsa') {
    try {
      const recovered = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature)
      return recovered.equals(Buffer.concat([SHA256_DIGEST_INFO, digest]))
    } catch {
      return false
    }
  }
  return false
}
