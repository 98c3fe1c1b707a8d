import { X509Certificate } from 'node:crypto'
import { NotationError } from '../errors.ts'
import type { NotaryAlgorithm } from './signer.ts'

/** The hash each algorithm signs with (also the blob payload digest a key of that size uses). */
export const HASH_OF: Record<NotaryAlgorithm, 'sha256' | 'sha384' | 'sha512'> = {
  PS256: 'sha256',
  PS384: 'sha384',
  PS512: 'sha512',
  ES256: 'sha256',
  ES384: 'sha384',
  ES512: 'sha512'
}

const RSA: Record<number, NotaryAlgorithm> = { 2048: 'PS256', 3072: 'PS384', 4096: 'PS512' }
const EC: Record<string, NotaryAlgorithm> = {
  prime256v1: 'ES256',
  secp384r1: 'ES384',
  secp521r1: 'ES512'
}

/**
 * The algorithm a Notary Project signature by this certificate's key must use. Only the key
 * sizes notation-core-go accepts: RSA 2048/3072/4096 and EC P-256/384/521.
 */
export function algorithmForCertificate(certificate: Buffer | X509Certificate): NotaryAlgorithm {
  const cert =
    certificate instanceof X509Certificate ? certificate : new X509Certificate(certificate)
  const key = cert.publicKey
  const details = key.asymmetricKeyDetails ?? {}
  const algorithm =
    key.asymmetricKeyType === 'rsa'
      ? RSA[details.modulusLength ?? 0]
      : key.asymmetricKeyType === 'ec'
        ? EC[details.namedCurve ?? '']
        : undefined
  if (!algorithm) {
    const what =
      key.asymmetricKeyType === 'rsa'
        ? `RSA ${details.modulusLength ?? '?'} bits`
        : key.asymmetricKeyType === 'ec'
          ? `EC ${details.namedCurve ?? '?'}`
          : String(key.asymmetricKeyType)
    throw new NotationError({
      code: 'UNSUPPORTED_KEY',
      message: `the signing certificate ${cert.subject.replaceAll('\n', ', ')} has a ${what} key; the Notary Project signs only with RSA 2048/3072/4096 or EC P-256/P-384/P-521 keys`
    })
  }
  return algorithm
}
