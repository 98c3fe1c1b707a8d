import { createHash } from 'node:crypto'
import * as pkijs from 'pkijs'
import { DIGEST_ALGORITHMS } from '../certificate/digest-algorithms.ts'
import { timestampError } from './errors.ts'

const SIGNING_CERTIFICATE_V1 = '1.2.840.113549.1.9.16.2.12'
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47'
const SUBJECT_KEY_IDENTIFIER = '2.5.29.14'

/** The parts of an asn1js value this file walks (pkijs leaves attribute values untyped). */
interface Asn1Node {
  idBlock: { tagClass: number; tagNumber: number }
  valueBlock: { value?: Asn1Node[]; valueHexView?: Uint8Array; toString(): string }
}

/** Options of {@link signerCertificate}. */
export interface SignerCertificateOptions {
  signedData: pkijs.SignedData
}

/**
 * The DER certificate of the token's first signer, found among the token's certificates by its
 * sid (issuer and serial number, or subject key identifier) and checked against the ESS
 * signing-certificate(-v2) attribute's hash when present.
 */
export function signerCertificate(options: SignerCertificateOptions): Buffer {
  const { signedData } = options
  const signerInfo = signedData.signerInfos[0]
  if (!signerInfo) {
    throw timestampError(
      'failed to verify the timestamp countersignature with error: failed to verify signed token: signerInfo not found'
    )
  }
  const certificates = (signedData.certificates ?? []).filter(
    (cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate
  )
  const sid: unknown = signerInfo.sid
  const found = certificates.find(cert =>
    sid instanceof pkijs.IssuerAndSerialNumber
      ? cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber)
      : subjectKeyIdentifierMatches(cert, sid as Asn1Node)
  )
  if (!found)
    throw timestampError(
      'failed to verify the timestamp countersignature with error: failed to verify signed token: signing certificate not found in the timestamp token'
    )
  const der = Buffer.from(found.toSchema().toBER(false))
  checkEssCertificateHash(signerInfo, der)
  return der
}

function subjectKeyIdentifierMatches(cert: pkijs.Certificate, sid: Asn1Node): boolean {
  const wanted = sid.valueBlock.value?.[0]?.valueBlock.valueHexView ?? sid.valueBlock.valueHexView
  const extension = cert.extensions?.find(ext => ext.extnID === SUBJECT_KEY_IDENTIFIER)
  const parsed = extension?.parsedValue as Asn1Node | undefined
  const have = parsed?.valueBlock.valueHexView
  return !!wanted && !!have && Buffer.from(wanted).equals(Buffer.from(have))
}

/** RFC 5035 / RFC 2634: the certHash of the first ESSCertID(v2) must be the signer's. */
function checkEssCertificateHash(signerInfo: pkijs.SignerInfo, der: Buffer): void {
  const attributes = signerInfo.signedAttrs?.attributes ?? []
  const attribute = attributes.find(
    attr => attr.type === SIGNING_CERTIFICATE_V2 || attr.type === SIGNING_CERTIFICATE_V1
  )
  if (!attribute) return
  const value = attribute.values[0] as Asn1Node | undefined
  const certIds = value?.valueBlock.value?.[0]?.valueBlock.value ?? []
  const fields = certIds[0]?.valueBlock.value ?? []
  let hash = attribute.type === SIGNING_CERTIFICATE_V2 ? 'sha256' : 'sha1'
  let certHash = fields[0]
  if (attribute.type === SIGNING_CERTIFICATE_V2 && fields[0]?.idBlock.tagNumber === 16) {
    const algorithm = fields[0].valueBlock.value?.[0]?.valueBlock.toString() ?? ''
    const named = DIGEST_ALGORITHMS[algorithm]
    if (!named) {
      throw timestampError(
        'failed to verify the timestamp countersignature with error: failed to verify signed token: unsupported certificate hash algorithm in SigningCertificateV2 attribute'
      )
    }
    hash = named
    certHash = fields[1]
  }
  const expected = certHash?.valueBlock.valueHexView
  if (!expected || !createHash(hash).update(der).digest().equals(Buffer.from(expected))) {
    throw timestampError(
      'failed to verify the timestamp countersignature with error: failed to verify signed token: signing certificate hash does not match CertHash in signed attribute'
    )
  }
}
