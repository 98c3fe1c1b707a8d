import 'reflect-metadata'
import { KeyUsageFlags } from '@peculiar/x509'
import { NotationError, type CertificateRule } from '../errors.ts'
import type { CertificateFacts } from './certificate.ts'

/** Options of {@link chainError}. */
export interface ChainErrorOptions {
  rule: CertificateRule
  /** The rule as a sentence, stated once: the caller says how to fix it for its signer. */
  text: string
  /** The certificate that broke it, when one did. */
  cert?: CertificateFacts
  cause?: unknown
}

/** The INVALID_CERTIFICATE_CHAIN error of one broken rule, naming the certificate. */
export function chainError(options: ChainErrorOptions): NotationError {
  const about = options.cert ? `certificate "${options.cert.subject}": ` : ''
  return new NotationError({
    code: 'INVALID_CERTIFICATE_CHAIN',
    rule: options.rule,
    message: `${about}${options.text} (a Notary Project certificate rule)`,
    cause: options.cause
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
  if (!cert.keyUsage)
    throw chainError({
      rule: 'key-usage-missing',
      text: 'the key usage extension must be present',
      cert
    })
  if (!cert.keyUsage.critical) {
    throw chainError({
      rule: 'key-usage-critical',
      text: 'the key usage extension must be marked critical',
      cert
    })
  }
  return cert.keyUsage.flags
}

/** The signing (leaf) certificate rules: no CA:true; critical keyUsage digitalSignature only; no forbidden EKU. */
export function checkLeafCertificate(cert: CertificateFacts): void {
  if (cert.basicConstraints?.ca) {
    throw chainError({
      rule: 'leaf-ca',
      text: 'if the basic constraints extension is present, the ca field must be false for a signing (leaf) certificate',
      cert
    })
  }
  const flags = checkKeyUsagePresent(cert)
  if (!(flags & KeyUsageFlags.digitalSignature)) {
    throw chainError({
      rule: 'leaf-digital-signature',
      text: 'the key usage must have the "Digital Signature" bit set',
      cert
    })
  }
  const forbidden = FORBIDDEN_LEAF_USAGES.filter(([bit]) => flags & bit).map(([, name]) => name)
  if (forbidden.length > 0) {
    throw chainError({
      rule: 'leaf-key-usage-only',
      text: `the key usage must be "Digital Signature" only, but found ${forbidden.join(', ')}`,
      cert
    })
  }
  const ekus = (cert.extendedKeyUsages ?? []).flatMap(oid => FORBIDDEN_EKUS[oid] ?? [])
  if (ekus.length > 0) {
    throw chainError({
      rule: 'leaf-eku',
      text: `the extended key usage must not contain ${ekus.join(', ')}`,
      cert
    })
  }
}

/**
 * The CA certificate rules: basicConstraints with CA:true, a pathLen (when set) of at least the
 * number of CAs below it, and critical keyUsage with keyCertSign.
 */
export function checkCaCertificate(cert: CertificateFacts, expectedPathLength: number): void {
  if (!cert.basicConstraints?.ca) {
    throw chainError({
      rule: 'ca-flag',
      text: 'the ca field in basic constraints must be present and set to true',
      cert
    })
  }
  const { pathLength } = cert.basicConstraints
  if (pathLength !== undefined && pathLength < expectedPathLength) {
    throw chainError({
      rule: 'ca-path-length',
      text: `the basic constraints path length must be at least ${expectedPathLength} but is ${pathLength}`,
      cert
    })
  }
  const flags = checkKeyUsagePresent(cert)
  if (!(flags & KeyUsageFlags.keyCertSign)) {
    throw chainError({
      rule: 'ca-cert-sign',
      text: 'the key usage must have the "Certificate Sign" (keyCertSign) bit set',
      cert
    })
  }
}

/** The certificate must be valid at `at` (notBefore ≤ at ≤ notAfter). */
export function checkValidAt(cert: CertificateFacts, at: Date): void {
  const from = new Date(cert.certificate.validFrom)
  const to = new Date(cert.certificate.validTo)
  if (at < from || at > to) {
    throw chainError({
      rule: 'validity',
      text: `the certificate must be valid at the signing time ${at.toISOString()}, but it is valid only from ${from.toISOString()} to ${to.toISOString()} (${at < from ? 'not yet valid' : 'expired'})`,
      cert
    })
  }
}
