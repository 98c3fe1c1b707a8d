import type { TestKeyPair } from '../../pki/keys.ts'
import { signDigestEcdsa, type EcdsaCurve } from '../signing/ecdsa.ts'
import { signDigestRsaPss, type PssHash } from '../signing/rsa-pss.ts'
import { badParameter } from './errors.ts'

/** The signature algorithms the emulator implements (Notary Project's set). */
export type VaultSignatureAlgorithm = 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512'

interface AlgorithmSpec {
  hash: PssHash
  digestLength: number
  /** For ES*, the only curve Key Vault pairs with it. */
  curve?: EcdsaCurve
}

const ALGORITHMS: Record<VaultSignatureAlgorithm, AlgorithmSpec> = {
  PS256: { hash: 'sha256', digestLength: 32 },
  PS384: { hash: 'sha384', digestLength: 48 },
  PS512: { hash: 'sha512', digestLength: 64 },
  ES256: { hash: 'sha256', digestLength: 32, curve: 'P-256' },
  ES384: { hash: 'sha384', digestLength: 48, curve: 'P-384' },
  ES512: { hash: 'sha512', digestLength: 64, curve: 'P-521' }
}

const isAlgorithm = (alg: unknown): alg is VaultSignatureAlgorithm =>
  typeof alg === 'string' && Object.hasOwn(ALGORITHMS, alg)

export interface SignRequestOptions {
  /** The parsed `{alg, value}` body of POST /keys/{name}/{version}/sign. */
  body: unknown
  key: TestKeyPair
}

/**
 * Performs Key Vault's sign operation: `value` is the base64url digest, checked against the
 * algorithm's digest length and the key's type and curve; returns the raw signature (PSS bytes,
 * or ECDSA r||s). Throws a BadParameter VaultError for a request Key Vault would refuse.
 */
export function signRequest(options: SignRequestOptions): Buffer {
  const { alg, value } = (options.body ?? {}) as { alg?: unknown; value?: unknown }
  if (!isAlgorithm(alg)) {
    throw badParameter(`The algorithm '${String(alg)}' is not supported by the emulator for sign.`)
  }
  if (typeof value !== 'string') throw badParameter("The 'value' parameter is required.")
  const { hash, digestLength, curve } = ALGORITHMS[alg]
  const { spec, privateKey } = options.key
  const digest = Buffer.from(value, 'base64url')
  if (digest.length !== digestLength) {
    throw badParameter(
      `Invalid digest length for algorithm ${alg}: expected ${digestLength} bytes, got ${digest.length}.`
    )
  }
  if (spec.kind === 'rsa' && curve === undefined) {
    return signDigestRsaPss({ privateKey, digest, hash })
  }
  if (spec.kind === 'ec' && spec.curve === curve) {
    return signDigestEcdsa({ privateKey, digest, curve })
  }
  const keyDescription = spec.kind === 'rsa' ? `RSA ${spec.bits}` : `EC ${spec.curve}`
  throw badParameter(`The algorithm ${alg} is not compatible with the key type ${keyDescription}.`)
}
