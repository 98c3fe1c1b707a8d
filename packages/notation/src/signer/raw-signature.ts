import { constants, sign, verify, type KeyObject } from 'node:crypto'
import { HASH_OF } from './algorithm.ts'
import type { NotaryAlgorithm } from './signer.ts'

/**
 * How a PSS salt is checked: `digest` (salt = hash length) is what go-cose signs and verifies and
 * what golang-jwt signs; `auto` is what golang-jwt accepts when it verifies a JWS.
 */
export type PssSaltCheck = 'digest' | 'auto'

/** The node:crypto key options of an algorithm: PSS with the salt rule, ECDSA as r||s. */
function keyOptions(algorithm: NotaryAlgorithm, key: KeyObject, salt: PssSaltCheck = 'digest') {
  return algorithm.startsWith('PS')
    ? {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength:
          salt === 'auto' ? constants.RSA_PSS_SALTLEN_AUTO : constants.RSA_PSS_SALTLEN_DIGEST
      }
    : { key, dsaEncoding: 'ieee-p1363' as const }
}

/** Options of {@link signRaw}. */
export interface SignRawOptions {
  algorithm: NotaryAlgorithm
  privateKey: KeyObject
  /** The bytes to sign; hashed here with the algorithm's hash. */
  data: Buffer
}

/** The raw Notary Project signature of `data`: RSASSA-PSS (salt = hash length) or ECDSA r||s. */
export function signRaw(options: SignRawOptions): Buffer {
  const { algorithm, privateKey, data } = options
  return sign(HASH_OF[algorithm], data, keyOptions(algorithm, privateKey))
}

/** Options of {@link verifyRaw}. */
export interface VerifyRawOptions {
  algorithm: NotaryAlgorithm
  publicKey: KeyObject
  data: Buffer
  signature: Buffer
  /** Default `digest`. */
  pssSalt?: PssSaltCheck
}

/** Whether `signature` is a valid raw Notary Project signature of `data` by `publicKey`. */
export function verifyRaw(options: VerifyRawOptions): boolean {
  const { algorithm, publicKey, data, signature, pssSalt } = options
  return verify(HASH_OF[algorithm], data, keyOptions(algorithm, publicKey, pssSalt), signature)
}
