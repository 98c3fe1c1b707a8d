import type { X509Certificate } from 'node:crypto'
import * as pkijs from 'pkijs'
import { rawNames } from '../certificate/der-names.ts'

const AUTHORITY_INFO_ACCESS = '1.3.6.1.5.5.7.1.1'
const AD_OCSP = '1.3.6.1.5.5.7.48.1'
const CRL_DISTRIBUTION_POINTS = '2.5.29.31'
const EXTENDED_KEY_USAGE = '2.5.29.37'
const URI_NAME = 6

/** What revocation checking needs to know about one certificate, read once. */
export interface CertificateInfo {
  certificate: X509Certificate
  parsed: pkijs.Certificate
  /** The DER subject Name, as the issuerNameHash of an OCSP CertID hashes it. */
  rawSubject: Buffer
  /** The contents of the subjectPublicKey BIT STRING, as the issuerKeyHash hashes it. */
  publicKeyBits: Uint8Array
  /** The serial number's magnitude in lower-case hex, no leading zeros. */
  serial: string
  /** The serial number's INTEGER contents as encoded in the certificate. */
  serialBytes: Uint8Array
  /** AIA id-ad-ocsp URIs, in certificate order, whatever their scheme. */
  ocspUrls: string[]
  /** CRL distribution point fullName URIs, in certificate order, whatever their scheme. */
  crlUrls: string[]
  /** Extended key usage OIDs, when the extension is present. */
  extendedKeyUsages?: string[]
}

/** Parses what revocation checking needs from a certificate. */
export function certificateInfo(certificate: X509Certificate): CertificateInfo {
  const parsed = pkijs.Certificate.fromBER(certificate.raw)
  const info: CertificateInfo = {
    certificate,
    parsed,
    rawSubject: rawNames(certificate.raw).subject,
    publicKeyBits: parsed.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView,
    serial: integerHex(parsed.serialNumber.valueBlock.valueHexView),
    serialBytes: parsed.serialNumber.valueBlock.valueHexView,
    ocspUrls: [],
    crlUrls: []
  }
  for (const extension of parsed.extensions ?? []) {
    if (extension.extnID === AUTHORITY_INFO_ACCESS && extension.parsedValue) {
      const access = extension.parsedValue as pkijs.InfoAccess
      for (const description of access.accessDescriptions) {
        const uri = uriOf(description.accessLocation)
        if (description.accessMethod === AD_OCSP && uri) info.ocspUrls.push(uri)
      }
    }
    if (extension.extnID === CRL_DISTRIBUTION_POINTS && extension.parsedValue) {
      const points = extension.parsedValue as pkijs.CRLDistributionPoints
      for (const point of points.distributionPoints) {
        const names = Array.isArray(point.distributionPoint) ? point.distributionPoint : []
        for (const name of names) {
          const uri = uriOf(name)
          if (uri) info.crlUrls.push(uri)
        }
      }
    }
    if (extension.extnID === EXTENDED_KEY_USAGE && extension.parsedValue) {
      info.extendedKeyUsages = (extension.parsedValue as pkijs.ExtKeyUsage).keyPurposes
    }
  }
  return info
}

/** An INTEGER's content bytes as lower-case hex of its magnitude, without leading zeros. */
export function integerHex(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes)
    .toString('hex')
    .replace(/^(00)+/, '')
  return hex === '' ? '00' : hex
}

function uriOf(name: pkijs.GeneralName): string | undefined {
  return name.type === URI_NAME && typeof name.value === 'string' ? name.value : undefined
}
