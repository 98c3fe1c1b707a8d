import { certificateFacts, type CertificateFacts } from './certificate.ts'
import { chainError } from './rules.ts'

const selfIssued = (cert: CertificateFacts): boolean => cert.rawIssuer.equals(cert.rawSubject)

/**
 * Orders a bundle of certificates leaf → root by subject/issuer names, as the Azure Key Vault
 * plugin's CertificateChain.Build does for `ca-certs`: one leaf (a certificate that issued no
 * other), each next certificate the issuer of the previous, ending in a self-issued root, every
 * certificate used once. Rejects duplicates, several leaves, missing links and name loops with
 * INVALID_CERTIFICATE_CHAIN. Signatures are checked later by validateSigningChain.
 */
export function orderChain(certs: Buffer[]): Buffer[] {
  const facts = certs.map(certificateFacts)
  const bySubject = new Map<string, CertificateFacts>()
  for (const cert of facts) {
    const key = cert.rawSubject.toString('hex')
    if (bySubject.has(key)) {
      throw chainError({
        rule: 'bundle',
        text: 'the certificate bundle must not hold two certificates with the same subject',
        cert
      })
    }
    bySubject.set(key, cert)
  }
  const issuers = new Set(
    facts.filter(cert => !selfIssued(cert)).map(c => c.rawIssuer.toString('hex'))
  )
  // A root that issued nothing here is not a leaf (unless it is all there is): the link is missing.
  const leaves = facts.filter(
    cert =>
      !issuers.has(cert.rawSubject.toString('hex')) && (facts.length === 1 || !selfIssued(cert))
  )
  const [leaf, ...others] = leaves
  if (!leaf) {
    throw chainError({
      rule: 'bundle',
      text: 'the certificate bundle has no leaf: its issuer names form a loop'
    })
  }
  if (others.length > 0) {
    const names = leaves.map(cert => `"${cert.subject}"`).join(', ')
    throw chainError({
      rule: 'bundle',
      text: `the certificate bundle must hold one chain with one leaf, but ${names} issued no other certificate`
    })
  }
  const ordered = [leaf]
  for (let cert = leaf; !selfIssued(cert);) {
    const issuer = bySubject.get(cert.rawIssuer.toString('hex'))
    if (!issuer) {
      throw chainError({
        rule: 'issuer-missing',
        text: 'the issuer of this certificate is missing from the certificate bundle',
        cert
      })
    }
    if (ordered.includes(issuer)) {
      throw chainError({
        rule: 'bundle',
        text: 'the issuer names of the certificate bundle form a loop',
        cert: issuer
      })
    }
    ordered.push(issuer)
    cert = issuer
  }
  if (ordered.length !== facts.length) {
    throw chainError({
      rule: 'bundle',
      text: "the certificate bundle holds certificates that are not in the leaf's chain"
    })
  }
  return ordered.map(cert => cert.der)
}
