import type { Bundle } from '@sigstore/bundle'
import { X509Certificate } from '@sigstore/core'
import { checkCanonicalCertificate, NonCanonicalDerError } from '@sign/der'
import { SigstoreError } from '../errors.ts'

/** Options of {@link checkBundleShape}. */
export interface CheckBundleShapeOptions {
  bundle: Bundle
}

/**
 * Structural checks @sigstore/verify leaves out (or fails on with a TypeError): every
 * certificate is canonical DER and parses (a v0.3 certificate or a chain), a self-signed root appears only at the end
 * of a v0.1/v0.2 chain (trust comes from the trusted root, never from a root planted in the
 * chain), and every inclusion proof carries the checkpoint it must be verified against.
 */
export function checkBundleShape(options: CheckBundleShapeOptions): void {
  const { bundle } = options
  const content = bundle.verificationMaterial.content
  if (content.$case === 'certificate') {
    parseCertificate(content.certificate.rawBytes, "the bundle's certificate")
  }
  if (content.$case === 'x509CertificateChain') {
    const raws = content.x509CertificateChain.certificates
    for (const [index, raw] of raws.entries()) {
      const certificate = parseCertificate(
        raw.rawBytes,
        `certificate ${index} of the bundle's chain`
      )
      const selfSigned = certificate.isCA && certificate.issuer.equals(certificate.subject)
      if (selfSigned && index !== raws.length - 1) {
        throw new SigstoreError({
          code: 'VERIFICATION_FAILED',
          message: `the bundle's certificate chain contains a self-signed root certificate at index ${index}, before the end of the chain; roots come from the trusted root`
        })
      }
    }
  }
  for (const [index, entry] of bundle.verificationMaterial.tlogEntries.entries()) {
    if (entry.inclusionProof !== undefined && entry.inclusionProof.checkpoint === undefined) {
      throw new SigstoreError({
        code: 'INVALID_BUNDLE',
        message: `transparency log entry ${index} has an inclusion proof without its checkpoint, so the proof cannot be verified`
      })
    }
  }
}

/**
 * Parses one certificate of the bundle; INVALID_BUNDLE naming it when it is not canonical DER
 * (@sigstore/core's parser accepts BER leniencies and trailing bytes, which would let the
 * bundle's bytes change while the certificate stays "the same") or does not parse.
 */
function parseCertificate(raw: Uint8Array, what: string): X509Certificate {
  let certificate: X509Certificate
  try {
    certificate = X509Certificate.parse(Buffer.from(raw))
  } catch (cause) {
    throw new SigstoreError({
      code: 'INVALID_BUNDLE',
      cause,
      message: `${what} does not parse (${(cause as Error).message})`
    })
  }
  checkCanonical({ der: raw, what, code: 'INVALID_BUNDLE' })
  return certificate
}

/** Options of {@link checkCanonical}. */
export interface CheckCanonicalOptions {
  der: Uint8Array
  /** The certificate, as the message names it. */
  what: string
  code: 'INVALID_BUNDLE' | 'TRUST_ROOT'
}

/** Checks that a certificate is canonical DER; a SigstoreError naming it and why otherwise. */
export function checkCanonical(options: CheckCanonicalOptions): void {
  const { der, what, code } = options
  try {
    checkCanonicalCertificate({ der })
  } catch (cause) {
    if (!(cause instanceof NonCanonicalDerError)) throw cause
    throw new SigstoreError({
      code,
      cause,
      message: `${what} is a malformed certificate, not canonical DER: ${cause.message}`
    })
  }
}
