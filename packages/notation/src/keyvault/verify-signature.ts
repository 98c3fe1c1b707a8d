import { constants, verify, type KeyObject } from 'node:crypto'
import { HASH_OF } from '../signer/algorithm.ts'
import type { NotaryAlgorithm } from '../signer/signer.ts'

const SALT_LENGTH = { sha256: 32, sha384: 48, sha512: 64 } as const

/**
 * Whether `signature` is `algorithm`'s signature over `data` by `publicKey`: RSASSA-PSS with
 * MGF1 and salt = hash length, or ECDSA as r||s — what a Notary Project verifier accepts.
 */
export function signatureVerifies(options: {
  algorithm: NotaryAlgorithm
  publicKey: KeyObject
  data: Buffer
  signature: Buffer
}): boolean {
  const hash = HASH_OF[options.algorithm]
  const key = options.algorithm.startsWith('PS')
    ? {
        key: options.publicKey,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: SALT_LENGTH[hash]
      }
    : { key: options.publicKey, dsaEncoding: 'ieee-p1363' as const }
  return verify(hash, options.data, key, options.signature)
}
