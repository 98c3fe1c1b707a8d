import { constants, verify } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import * as pkijs from 'pkijs'
import { DIGEST_ALGORITHMS } from '../certificate/digest-algorithms.ts'
import { asBlock, TAG } from './asn1-block.ts'

const PKCS1: Record<string, string> = {
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512'
}

const ECDSA: Record<string, string> = {
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512'
}

const EDDSA = new Set(['1.3.101.112', '1.3.101.113'])
const SHA1 = new Set(['1.2.840.113549.1.1.5', '1.2.840.10045.4.1', '1.2.840.10040.4.3'])
const RSASSA_PSS = '1.2.840.113549.1.1.10'

/** Options of {@link verifySignature}. */
export interface VerifySignatureOptions {
  /** The signatureAlgorithm of the signed structure. */
  algorithm: pkijs.AlgorithmIdentifier
  /** The signed bytes (a tbsResponseData or tbsCertList, as received). */
  data: Uint8Array
  signature: Uint8Array
  publicKey: KeyObject
}

/**
 * Checks a signature of an OCSP response or CRL. Returns false when it does not verify; throws
 * an Error naming the algorithm when it is not accepted (SHA-1 and unknown algorithms).
 */
export function verifySignature(options: VerifySignatureOptions): boolean {
  const { algorithm, data, signature, publicKey } = options
  const oid = algorithm.algorithmId
  if (SHA1.has(oid)) throw new Error(`SHA-1 signatures (${oid}) are not accepted`)
  const pkcs1 = PKCS1[oid]
  if (pkcs1) {
    const key = { key: publicKey, padding: constants.RSA_PKCS1_PADDING }
    return verify(pkcs1, data, key, signature)
  }
  const ecdsa = ECDSA[oid]
  if (ecdsa) return verify(ecdsa, data, { key: publicKey, dsaEncoding: 'der' }, signature)
  if (EDDSA.has(oid)) return verify(null, data, publicKey, signature)
  if (oid === RSASSA_PSS) {
    const { hash, saltLength } = pssParameters(algorithm)
    const key = { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }
    return verify(hash, data, key, signature)
  }
  throw new Error(`signature algorithm ${oid} is not supported`)
}

function pssParameters(algorithm: pkijs.AlgorithmIdentifier): { hash: string; saltLength: number } {
  const schema = asBlock(algorithm.algorithmParams, TAG.SEQUENCE)
  if (!schema) throw new Error('RSASSA-PSS without parameters (SHA-1) is not accepted')
  const params = new pkijs.RSASSAPSSParams({ schema })
  const hash = DIGEST_ALGORITHMS[params.hashAlgorithm.algorithmId]
  if (!hash || hash === 'sha1') {
    throw new Error(`RSASSA-PSS with hash ${params.hashAlgorithm.algorithmId} is not accepted`)
  }
  return { hash, saltLength: params.saltLength }
}
