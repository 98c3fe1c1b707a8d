import { X509Certificate } from 'node:crypto'
import { certificateChainPem, certificateSubjectAttributes } from '@sign/notation'

/** The signing certificate as a verifier names it in a trust policy and a trust store. */
export interface SigningCertificate {
  /** The subject as notation prints it (Go's `pkix.Name.String()`: `CN=…,O=…,ST=…,C=US`). */
  subject: string
  /**
   * The trust policy's trusted identity, `x509.subject: <subject>`; undefined when notation
   * cannot match this subject (then only `*` trusts it; see `unsupported`).
   */
  identity: string | undefined
  /** Why no `x509.subject` identity can name it, in notation's words. */
  unsupported?: string
  /** The issuer's subject, printed the same way. */
  issuer: string
  /** Lowercase hex SHA-256 of the leaf's DER, as the signature manifests' annotation holds it. */
  thumbprint: string
  validUntil: Date
  /** The chain's root (the leaf itself when self-signed), PEM: what a trust store holds. */
  rootPem: string
  chainLength: number
}

/** Options of {@link signingCertificate}. */
export interface SigningCertificateOptions {
  /** DER, leaf first, ending in the root (the signer checked it). */
  chain: readonly Buffer[]
}

/** The leaf of `chain` described for the summary, or undefined for an empty chain. */
export function signingCertificate(
  options: SigningCertificateOptions
): SigningCertificate | undefined {
  const [leafDer] = options.chain
  const rootDer = options.chain.at(-1)
  if (leafDer === undefined || rootDer === undefined) return undefined
  const leaf = new X509Certificate(leafDer)
  const subject = certificateSubjectAttributes({ certificate: leaf })
  const issuerDer = options.chain[1] ?? leafDer
  const issuer = certificateSubjectAttributes({ certificate: new X509Certificate(issuerDer) })
  return {
    subject: subject.text,
    identity: subject.unsupported === undefined ? `x509.subject: ${subject.text}` : undefined,
    ...(subject.unsupported !== undefined && { unsupported: subject.unsupported }),
    issuer: issuer.text,
    thumbprint: leaf.fingerprint256.replaceAll(':', '').toLowerCase(),
    validUntil: new Date(leaf.validTo),
    rootPem: certificateChainPem([rootDer]),
    chainLength: options.chain.length
  }
}
