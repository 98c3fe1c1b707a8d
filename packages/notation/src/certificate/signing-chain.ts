import { algorithmForCertificate } from '../signer/algorithm.ts'
import { certificateFacts, isIssuedBy, isSelfSigned, type CertificateFacts } from './certificate.ts'
import { chainError, checkCaCertificate, checkLeafCertificate, checkValidAt } from './rules.ts'

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
  if (!leaf) throw chainError('the certificate chain must contain at least one certificate')
  for (const cert of certs) checkValidAt(cert, options.at)
  if (certs.length === 1 && !isSelfSigned(leaf)) {
    throw chainError('a single-certificate chain must be one self-signed certificate', leaf)
  }
  for (const [i, cert] of certs.entries()) {
    const parent = certs[i + 1]
    if (i > 0 && !parent) {
      if (!isSelfSigned(cert)) {
        throw chainError('the chain must end with a self-signed root certificate', cert)
      }
    } else if (parent) {
      if (isSelfSigned(cert)) {
        const role = i === 0 ? 'leaf' : 'intermediate'
        throw chainError(
          `a ${role} certificate must not be self-signed in a chain of several`,
          cert
        )
      }
      if (!isIssuedBy(cert, parent)) {
        throw chainError(
          `the chain must be ordered leaf to root, each certificate issued by the next, but it is not issued by "${parent.subject}"`,
          cert
        )
      }
    }
    if (i === 0) checkLeafCertificate(cert)
    else checkCaCertificate(cert, i - 1)
  }
  checkSigningKey(leaf)
}

/** The signing key must be one the Notary Project signs with (notation-core-go ExtractKeySpec). */
function checkSigningKey(leaf: CertificateFacts): void {
  try {
    algorithmForCertificate(leaf.certificate)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw chainError(
      `the signing key must be RSA 2048/3072/4096 or EC P-256/384/521: ${message}`,
      leaf,
      error
    )
  }
}
