import { certificateFacts, isIssuedBy, isSelfSigned, type CertificateFacts } from './certificate.ts'
import { chainError, checkCaCertificate, checkLeafCertificate } from './rules.ts'

/**
 * The Notary Project certificate rules at verification time, as notation-core-go's envelope
 * Verify applies them (ValidateCodeSigningCertChain with no signing time): ordered leaf to a
 * self-signed root, each issued by the next, leaf and CA rules — but no validity-period check,
 * which belongs to the authentic-timestamp step. Throws INVALID_CERTIFICATE_CHAIN.
 */
export function checkChainStructure(options: { chain: Buffer[] }): void {
  checkChainFacts({ certs: options.chain.map(certificateFacts) })
}

/**
 * The structure and leaf/CA rules over parsed certificates (leaf first); the signing side adds
 * the validity period and the signing-key rule around it (validateSigningChain).
 */
export function checkChainFacts(options: { certs: CertificateFacts[] }): void {
  const { certs } = options
  const [leaf] = certs
  if (!leaf)
    throw chainError({
      rule: 'empty',
      text: 'the certificate chain must contain at least one certificate'
    })
  if (certs.length === 1 && !isSelfSigned(leaf)) {
    throw chainError({
      rule: 'issuer-missing',
      text: 'a single-certificate chain must be one self-signed certificate',
      cert: leaf
    })
  }
  for (const [i, cert] of certs.entries()) {
    const parent = certs[i + 1]
    if (parent) {
      if (isSelfSigned(cert)) {
        const role = i === 0 ? 'leaf' : 'intermediate'
        throw chainError({
          rule: 'order',
          text: `a ${role} certificate must not be self-signed in a chain of several`,
          cert
        })
      }
      if (!isIssuedBy(cert, parent)) {
        throw chainError({
          rule: 'order',
          text: `the chain must be ordered leaf to root, each certificate issued by the next, but it is not issued by "${parent.subject}"`,
          cert
        })
      }
    } else if (i > 0 && !isSelfSigned(cert)) {
      throw chainError({
        rule: 'issuer-missing',
        text: 'the chain must end with a self-signed root certificate',
        cert
      })
    }
    if (i === 0) checkLeafCertificate(cert)
    else checkCaCertificate(cert, i - 1)
  }
}
