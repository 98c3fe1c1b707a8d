import { createECDH, randomBytes, type KeyObject } from 'node:crypto'

/** The curves Key Vault's ES256/ES384/ES512 use. */
export type EcdsaCurve = 'P-256' | 'P-384' | 'P-521'

interface CurveParameters {
  /** OpenSSL name, for node:crypto ECDH. */
  openssl: string
  /** Order of the base point. */
  order: bigint
  /** Bytes of r and s in the IEEE P1363 encoding. */
  size: number
}

const CURVES: Record<EcdsaCurve, CurveParameters> = {
  'P-256': {
    openssl: 'prime256v1',
    order: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    size: 32
  },
  'P-384': {
    openssl: 'secp384r1',
    order:
      0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    size: 48
  },
  'P-521': {
    openssl: 'secp521r1',
    order:
      0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n,
    size: 66
  }
}

export interface SignDigestEcdsaOptions {
  privateKey: KeyObject
  /** The message digest, already computed (what Key Vault's sign API receives). */
  digest: Buffer
  curve: EcdsaCurve
}

const toBigInt = (bytes: Buffer): bigint => BigInt(`0x${bytes.toString('hex') || '0'}`)
const toBytes = (value: bigint, size: number): Buffer =>
  Buffer.from(value.toString(16).padStart(size * 2, '0'), 'hex')

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n
  let b = base % modulus
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus
    b = (b * b) % modulus
  }
  return result
}

/**
 * ECDSA (FIPS 186-4 6.4) over a precomputed digest with a fresh random nonce; returns r||s
 * (IEEE P1363), the format Key Vault's ES* algorithms return. node:crypto signs only whole
 * messages, so the scalar arithmetic is done here with bigint; the point multiplication k·G is
 * node:crypto's own (an ECDH public key for private key k).
 */
export function signDigestEcdsa(options: SignDigestEcdsaOptions): Buffer {
  const { order, size, openssl } = CURVES[options.curve]
  const { d } = options.privateKey.export({ format: 'jwk' })
  if (d === undefined) throw new Error('ECDSA signing needs an EC private key')
  const secret = toBigInt(Buffer.from(d, 'base64url'))
  const orderBits = order.toString(2).length
  const digestBits = options.digest.length * 8
  const e = toBigInt(options.digest) >> BigInt(Math.max(0, digestBits - orderBits))
  for (;;) {
    const k = toBigInt(randomBytes(size + 8)) % order
    if (k === 0n) continue
    const ecdh = createECDH(openssl)
    ecdh.setPrivateKey(toBytes(k, size))
    const point = ecdh.getPublicKey()
    const r = toBigInt(point.subarray(1, 1 + size)) % order
    const s = (modPow(k, order - 2n, order) * (e + r * secret)) % order
    if (r !== 0n && s !== 0n) return Buffer.concat([toBytes(r, size), toBytes(s, size)])
  }
}
