import 'reflect-metadata'
import { KeyUsageFlags } from '@peculiar/x509'
import { NotationError } from '../errors.ts'
import type { CertificateFacts } from './certificate.ts'

/** The INVALID_CERTIFICATE_CHAIN error of one broken rule, naming the certificate. */
export function chainError(rule: string, cert?: CertificateFacts, cause?: unknown): NotationError {
  const about = cert ? `certificate "${cert.subject}": ` : ''
  return new NotationError({
    code: 'INVALID_CERTIFICATE_CHAIN',
    message: `${about}${rule} (Notary Project certificate requirements); use a certificate chain that meets them`,
    cause
  })
}

const FORBIDDEN_LEAF_USAGES: [number, string][] = [
  [KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
  [KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
  [KeyUsageFlags.keyAgreement, 'keyAgreement'],
  [KeyUsageFlags.keyCertSign, 'keyCertSign'],
  [KeyUsageFlags.cRLSign, 'cRLSign'],
  [KeyUsageFlags.encipherOnly, 'encipherOnly'],
  [KeyUsageFlags.decipherOnly, 'decipherOnly']
]

/** notation-core-go rejects these EKUs on a signing certificate (OCSPSigning, not anyEKU). */
const FORBIDDEN_EKUS: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning'
}

function checkKeyUsagePresent(cert: CertificateFacts): number {
  if (!cert.keyUsage) throw chainError('the key usage extension must be present', cert)
  if (!cert.keyUsage.critical) {
    throw chainError('the key usage extension must be marked critical', cert)
  }
  return cert.keyUsage.flags
}

/** The signing (leaf) certificate rules: no CA:true; critical keyUsage digitalSignature only; no forbidden EKU. */
export function checkLeafCertificate(cert: CertificateFacts): void {
  if (cert.basicConstraints?.ca) {
    throw chainError(
      'if the basic constraints extension is present, the ca field must be false for a signing (leaf) certificate',
      cert
    )
  }
  const flags = checkKeyUsagePresent(cert)
  if (!(flags & KeyUsageFlags.digitalSignature)) {
    throw chainError('the key usage must have the "Digital Signature" bit set', cert)
  }
  const forbidden = FORBIDDEN_LEAF_USAGES.filter(([bit]) => flags & bit).map(([, name]) => name)
  if (forbidden.length > 0) {
    throw chainError(
      `the key usage must be "Digital Signature" only, but found ${forbidden.join(', ')}`,
      cert
    )
  }
  const ekus = (cert.extendedKeyUsages ?? []).flatMap(oid => FORBIDDEN_EKUS[oid] ?? [])
  if (ekus.length > 0) {
    throw chainError(`the extended key usage must not contain ${ekus.join(', ')}`, cert)
  }
}

/**
 * The CA certificate rules: basicConstraints with CA:true, a pathLen (when set) of at least the
 * number of CAs below it, and critical keyUsage with keyCertSign.
 */
export function checkCaCertificate(cert: CertificateFacts, expectedPathLength: number): void {
  if (!cert.basicConstraints?.ca) {
    throw chainError('the ca field in basic constraints must be present and set to true', cert)
  }
  const { pathLength } = cert.basicConstraints
  if (pathLength !== undefined && pathLength < expectedPathLength) {
    throw chainError(
      `the basic constraints path length must be at least ${expectedPathLength} but is ${pathLength}`,
      cert
    )
  }
  const flags = checkKeyUsagePresent(cert)
  if (!(flags & KeyUsageFlags.keyCertSign)) {
    throw chainError('the key usage must have the "Certificate Sign" (keyCertSign) bit set', cert)
  }
}

/** The certificate must be valid at `at` (notBefore ≤ at ≤ notAfter). */
export function checkValidAt(cert: CertificateFacts, at: Date): void {
  const from = new Date(cert.certificate.validFrom)
  const to = new Date(cert.certificate.validTo)
  if (at < from || at > to) {
    throw chainError(
      `the certificate must be valid at the signing time ${at.toISOString()}, but it is valid only from ${from.toISOString()} to ${to.toISOString()} (${at < from ? 'not yet valid' : 'expired'})`,
      cert
    )
  }
}
