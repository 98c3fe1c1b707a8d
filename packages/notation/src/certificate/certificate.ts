import 'reflect-metadata'
import { X509Certificate } from 'node:crypto'
import * as x509 from '@peculiar/x509'
import { NotationError } from '../errors.ts'
import { rawNames } from './der-names.ts'

/** A parsed certificate with what the Notary Project rules look at. */
export interface CertificateFacts {
  der: Buffer
  certificate: X509Certificate
  /** The subject as `CN=…, O=…`, for messages. */
  subject: string
  rawSubject: Buffer
  rawIssuer: Buffer
  basicConstraints?: { ca: boolean; pathLength?: number }
  keyUsage?: { flags: number; critical: boolean }
  /** Extended key usage OIDs, when the extension is present. */
  extendedKeyUsages?: string[]
}

/** Parses a DER certificate; INVALID_CERTIFICATE_CHAIN when it is not one. */
export function certificateFacts(der: Buffer): CertificateFacts {
  try {
    const certificate = new X509Certificate(der)
    const parsed = new x509.X509Certificate(der)
    const { issuer, subject } = rawNames(der)
    const basic = parsed.getExtension(x509.BasicConstraintsExtension)
    const usage = parsed.getExtension(x509.KeyUsagesExtension)
    const extended = parsed.getExtension(x509.ExtendedKeyUsageExtension)
    return {
      der,
      certificate,
      subject: parsed.subject,
      rawSubject: subject,
      rawIssuer: issuer,
      ...(basic && {
        basicConstraints: {
          ca: basic.ca,
          ...(basic.pathLength !== undefined && { pathLength: basic.pathLength })
        }
      }),
      ...(usage && { keyUsage: { flags: usage.usages, critical: usage.critical } }),
      ...(extended && { extendedKeyUsages: extended.usages.map(String) })
    }
  } catch (error) {
    throw new NotationError({
      code: 'INVALID_CERTIFICATE_CHAIN',
      message:
        'a certificate of the chain is not a valid DER X.509 certificate; supply PEM or DER certificates',
      cause: error
    })
  }
}

/** Whether `child` names `parent` as its issuer (DN bytes) and carries its signature. */
export function isIssuedBy(child: CertificateFacts, parent: CertificateFacts): boolean {
  return (
    child.rawIssuer.equals(parent.rawSubject) &&
    child.certificate.verify(parent.certificate.publicKey)
  )
}

/** Whether the certificate is self-signed: subject = issuer and its own key verifies it. */
export const isSelfSigned = (cert: CertificateFacts): boolean => isIssuedBy(cert, cert)
