// What notation accepts in a trust store (notation-go verifier/truststore ValidateCertificates
// and isRootCACertificate): CA or self-signed certificates; in `tsa` stores, self-issued,
// self-signed roots only.
import 'reflect-metadata'
import type { X509Certificate } from 'node:crypto'
import { KeyUsageFlags } from '@peculiar/x509'
import { certificateFacts } from '../certificate/certificate.ts'
import { readElement } from '../certificate/der.ts'
import { goDistinguishedName } from '../trust-policy/certificate-subject.ts'
import type { TrustStoreType } from '../trust-policy/types.ts'

const quoted = (value: string): string => JSON.stringify(value)

/** X.509 version from the DER: tbsCertificate's explicit [0] version field (v1 when absent) + 1. */
function version(der: Buffer): number {
  const tbs = readElement(der, readElement(der, 0).contentStart)
  const first = readElement(der, tbs.contentStart)
  return der[first.start] === 0xa0 ? (der[first.end - 1] ?? 0) + 1 : 1
}

const signatureFailure = (certificate: X509Certificate): string => {
  const type = certificate.publicKey.asymmetricKeyType
  if (type === 'ec') return 'x509: ECDSA verification failure'
  if (type === 'ed25519') return 'x509: Ed25519 verification failure'
  return 'crypto/rsa: verification error'
}

/** Why notation refuses `certificate` in a store (Go's wording), or undefined when it accepts it. */
function caOrSelfSigned(certificate: X509Certificate): string | undefined {
  if (certificate.ca || certificate.verify(certificate.publicKey)) return undefined
  return `certificate with subject ${quoted(goDistinguishedName(certificateFacts(certificate.raw).rawSubject))} is not a CA certificate or self-signed signing certificate`
}

function rootCa(certificate: X509Certificate): string | undefined {
  const facts = certificateFacts(certificate.raw)
  const subject = goDistinguishedName(facts.rawSubject)
  const notRoot = `certificate with subject ${quoted(subject)} is not a root CA certificate`
  const constraints = facts.basicConstraints
  if (
    (version(certificate.raw) === 3 && !constraints) ||
    (constraints && !constraints.ca) ||
    (facts.keyUsage && !(facts.keyUsage.flags & KeyUsageFlags.keyCertSign))
  ) {
    return `${notRoot}: x509: invalid signature: parent certificate cannot sign this kind of certificate`
  }
  if (!certificate.verify(certificate.publicKey))
    return `${notRoot}: ${signatureFailure(certificate)}`
  if (!facts.rawSubject.equals(facts.rawIssuer)) {
    return `${notRoot}: issuer (${goDistinguishedName(facts.rawIssuer)}) and subject (${subject}) are not the same`
  }
  return undefined
}

/** Options of {@link certificateProblem}. */
export interface CertificateProblemOptions {
  certificates: X509Certificate[]
  type: TrustStoreType
}

/**
 * notation's reason to refuse certificates of one file in a store of `type`, as
 * `{ validation, reason }` (validation: the CA-or-self-signed rule failed; otherwise the tsa root
 * rule did); undefined when all are acceptable.
 */
export function certificateProblem(
  options: CertificateProblemOptions
): { rule: 'ca-or-self-signed' | 'tsa-root'; reason: string } | undefined {
  for (const certificate of options.certificates) {
    const reason = caOrSelfSigned(certificate)
    if (reason) return { rule: 'ca-or-self-signed', reason }
  }
  if (options.type !== 'tsa') return undefined
  for (const certificate of options.certificates) {
    const reason = rootCa(certificate)
    if (reason) return { rule: 'tsa-root', reason }
  }
  return undefined
}
