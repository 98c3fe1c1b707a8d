import { algorithmForCertificate } from '../signer/algorithm.ts'
import { certificateFacts, type CertificateFacts } from './certificate.ts'
import { checkChainFacts } from './chain-structure.ts'
import { chainError, checkValidAt } from './rules.ts'

/** Options of {@link validateSigningChain}. */
export interface ValidateSigningChainOptions {
  /** DER certificates, leaf first, ending in the root (or one self-signed certificate). */
  chain: Buffer[]
  /** The signing time: every certificate must be valid then. */
  at: Date
}

/**
 * Applies the Notary Project certificate requirements to a signing chain exactly as
 * notation-core-go's ValidateCodeSigningCertChain does, plus the supported-key rule
 * (RSA 2048/3072/4096, EC P-256/384/521) on the signing key. Throws
 * INVALID_CERTIFICATE_CHAIN (or UNSUPPORTED_KEY) naming the rule and the certificate.
 */
export function validateSigningChain(options: ValidateSigningChainOptions): void {
  const certs = options.chain.map(certificateFacts)
  const [leaf] = certs
  if (!leaf)
    throw chainError({
      rule: 'empty',
      text: 'the certificate chain must contain at least one certificate'
    })
  for (const cert of certs) checkValidAt(cert, options.at)
  checkChainFacts({ certs })
  checkSigningKey(leaf)
}

/** The signing key must be one the Notary Project signs with (notation-core-go ExtractKeySpec). */
function checkSigningKey(leaf: CertificateFacts): void {
  try {
    algorithmForCertificate(leaf.certificate)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // The inner message names the certificate, its key and the keys allowed: the rule, once.
    throw chainError({ rule: 'key-size', text: message, cause: error })
  }
}
