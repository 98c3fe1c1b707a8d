import { X509Certificate, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { orderChain } from '../certificate/order-chain.ts'
import { certificatesFromPem } from '../certificate/pem.ts'
import { validateSigningChain } from '../certificate/signing-chain.ts'
import { NotationError } from '../errors.ts'
import { algorithmForCertificate } from './algorithm.ts'
import { signRaw } from './raw-signature.ts'
import type { NotarySigner } from './signer.ts'

/** Options of {@link pemSigner}. */
export interface PemSignerOptions {
  /** The private key in PEM (PKCS#8, PKCS#1 or SEC1). */
  keyPem: string
  /** The signing certificate and its CA certificates, in any order, up to the root. */
  certificateChainPem: string
}

function privateKeyFrom(keyPem: string): KeyObject {
  try {
    return createPrivateKey(keyPem)
  } catch (error) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message:
        'the signing key is not a PEM private key; give an unencrypted PKCS#8, PKCS#1 or SEC1 PEM key',
      cause: error
    })
  }
}

/**
 * A signer with a local key: the chain is ordered leaf → root, checked against the Notary
 * Project certificate requirements as of now, and the key must be the leaf's. Signs with
 * node:crypto (RSASSA-PSS salt = hash length, ECDSA r||s).
 */
export function pemSigner(options: PemSignerOptions): NotarySigner {
  const certificateChain = orderChain(
    certificatesFromPem({ pem: options.certificateChainPem, what: 'the certificate chain' })
  )
  validateSigningChain({ chain: certificateChain, at: new Date() })
  const privateKey = privateKeyFrom(options.keyPem)
  const leaf = new X509Certificate(certificateChain[0] ?? Buffer.alloc(0))
  const publicDer = (key: KeyObject) => key.export({ type: 'spki', format: 'der' })
  if (!publicDer(createPublicKey(privateKey)).equals(publicDer(leaf.publicKey))) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: `the signing key is not the key of the signing certificate "${leaf.subject.replaceAll('\n', ', ')}"; give the private key that belongs to the leaf certificate`
    })
  }
  const algorithm = algorithmForCertificate(leaf)
  return {
    algorithm,
    certificateChain,
    sign: data => Promise.resolve(signRaw({ algorithm, privateKey, data }))
  }
}
