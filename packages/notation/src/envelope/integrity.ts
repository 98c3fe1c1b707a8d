import { X509Certificate } from 'node:crypto'
import { NotationError } from '../errors.ts'
import { algorithmForCertificate } from '../signer/algorithm.ts'
import { verifyRaw } from '../signer/raw-signature.ts'
import type { ParsedEnvelope } from './types.ts'

const integrityError = (message: string, cause?: unknown): NotationError =>
  new NotationError({
    code: 'INVALID_ENVELOPE',
    message: `signature integrity check failed: ${message}`,
    cause
  })

/**
 * Checks that the envelope was signed by its leaf certificate's key: `alg` must be the one the
 * leaf's key dictates, and the signature must verify over the JWS signing input or the COSE
 * Sig_structure. Integrity only — the trust policy decides whether the chain is trusted.
 */
export function verifyEnvelopeIntegrity(envelope: ParsedEnvelope): void {
  const [leafDer] = envelope.certificateChain
  let leaf: X509Certificate
  try {
    leaf = new X509Certificate(leafDer ?? Buffer.alloc(0))
  } catch (error) {
    throw integrityError(
      'the signing certificate (the first in the chain) is not a DER certificate',
      error
    )
  }
  let expected
  try {
    expected = algorithmForCertificate(leaf)
  } catch (error) {
    throw integrityError(
      'the signing certificate has a key the Notary Project does not sign with',
      error
    )
  }
  if (expected !== envelope.algorithm) {
    throw integrityError(
      `the envelope says alg ${envelope.algorithm} but the signing certificate's key signs with ${expected}`
    )
  }
  const valid = verifyRaw({
    algorithm: expected,
    publicKey: leaf.publicKey,
    data: envelope.signingInput,
    signature: envelope.signature,
    // golang-jwt accepts any PSS salt length on verify; go-cose requires salt = hash length.
    pssSalt: envelope.format === 'jws' ? 'auto' : 'digest'
  })
  if (!valid) {
    throw integrityError(
      `the ${envelope.format.toUpperCase()} signature does not verify with the signing certificate's key; the envelope was altered or signed by another key`
    )
  }
}
