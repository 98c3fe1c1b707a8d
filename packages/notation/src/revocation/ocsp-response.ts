import { createHash, X509Certificate } from 'node:crypto'
import * as pkijs from 'pkijs'
import { asBlock, children, enumerated, generalizedTime, TAG } from './asn1-block.ts'
import type { AsnBlock } from './asn1-block.ts'
import { CLOCK_SKEW_MS, revokedAnswer } from './answer.ts'
import type { SourceAnswer } from './answer.ts'
import { certificateInfo, integerHex } from './certificate-info.ts'
import type { CertificateInfo } from './certificate-info.ts'
import { certIdHashes } from './ocsp-request.ts'
import { verifySignature } from './signature.ts'
import { subjectText } from './subject.ts'

const BASIC_RESPONSE = '1.3.6.1.5.5.7.48.1.1'
const OCSP_SIGNING = '1.3.6.1.5.5.7.3.9'

const RESPONSE_STATUSES = [
  'successful',
  'malformedRequest',
  'internalError',
  'tryLater',
  undefined,
  'sigRequired',
  'unauthorized'
]

/** Options of {@link readOcspResponse}. */
export interface ReadOcspResponseOptions {
  /** The DER OCSPResponse as received. */
  der: Uint8Array
  certificate: CertificateInfo
  issuer: CertificateInfo
  now: Date
}

/**
 * Reads and checks an OCSP response for one certificate (RFC 6960): a successful basic
 * response, signed by the issuer or by a responder the issuer delegated (id-kp-OCSPSigning),
 * a SingleResponse whose CertID is the certificate's, thisUpdate not in the future, nextUpdate
 * not passed. Throws an Error whose message is the reason when any of it fails, or when the
 * responder answers "unknown".
 */
export function readOcspResponse(options: ReadOcspResponseOptions): SourceAnswer {
  const basic = basicResponse(options.der)
  checkSigner({ ...basic, issuer: options.issuer, now: options.now })
  const single = singleResponseFor({ ...options, data: basic.response.tbsResponseData })
  const { now } = options
  if (single.thisUpdate.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new Error(`response thisUpdate ${single.thisUpdate.toISOString()} is in the future`)
  }
  if (single.nextUpdate && single.nextUpdate.getTime() < now.getTime()) {
    throw new Error(`response expired: nextUpdate ${single.nextUpdate.toISOString()} has passed`)
  }
  // CertStatus ::= CHOICE { good [0], revoked [1] RevokedInfo, unknown [2] }
  const status: unknown = single.certStatus
  if (asBlock(status, 0, 'context')) return { status: 'good' }
  const revoked = asBlock(status, 1, 'context')
  if (revoked) return revokedStatus(revoked, single.singleExtensions ?? [])
  if (asBlock(status, 2, 'context')) {
    throw new Error('the responder does not know the certificate (status unknown)')
  }
  throw new Error('malformed certStatus')
}

interface BasicResponse {
  response: pkijs.BasicOCSPResponse
  /** The embedded certificates (tbsCertificate bytes as received). */
  certificates: X509Certificate[]
}

function basicResponse(der: Uint8Array): BasicResponse {
  let outer: pkijs.OCSPResponse
  try {
    outer = pkijs.OCSPResponse.fromBER(der)
  } catch {
    throw new Error('malformed OCSP response')
  }
  const code = outer.responseStatus.valueBlock.valueDec
  if (code !== 0) {
    throw new Error(`responder answered ${RESPONSE_STATUSES[code] ?? `status ${code}`}`)
  }
  if (outer.responseBytes?.responseType !== BASIC_RESPONSE) {
    throw new Error('response is not a basic OCSP response')
  }
  let response: pkijs.BasicOCSPResponse
  let certificates: X509Certificate[]
  try {
    response = pkijs.BasicOCSPResponse.fromBER(outer.responseBytes.response.valueBlock.valueHexView)
    // pkijs keeps each certificate's tbsCertificate bytes, so re-encoding keeps what is signed.
    certificates = (response.certs ?? []).map(
      certificate => new X509Certificate(Buffer.from(certificate.toSchema().toBER()))
    )
  } catch {
    throw new Error('malformed basic OCSP response')
  }
  return { response, certificates }
}

interface CheckSignerOptions extends BasicResponse {
  issuer: CertificateInfo
  now: Date
}

function checkSigner(options: CheckSignerOptions): void {
  const { response, issuer, now } = options
  const responderId: unknown = response.tbsResponseData.responderID
  let embedded: CertificateInfo[]
  try {
    embedded = options.certificates.map(certificate => certificateInfo(certificate))
  } catch {
    throw new Error('malformed certificate in the OCSP response')
  }
  const signer = [issuer, ...embedded].find(candidate => identifies(responderId, candidate))
  if (!signer) {
    throw new Error('response is signed by a responder that is neither the issuer nor included')
  }
  if (!signer.certificate.raw.equals(issuer.certificate.raw)) {
    const name = subjectText(signer.certificate)
    const delegated =
      signer.certificate.checkIssued(issuer.certificate) &&
      signer.certificate.verify(issuer.certificate.publicKey)
    if (!delegated) {
      throw new Error(
        `response is signed by "${name}", which is neither the issuer nor an OCSP responder it delegated`
      )
    }
    if (!signer.extendedKeyUsages?.includes(OCSP_SIGNING)) {
      throw new Error(`responder certificate "${name}" lacks the id-kp-OCSPSigning usage`)
    }
    const { validFromDate, validToDate } = signer.certificate
    if (now < validFromDate || now > validToDate) {
      throw new Error(`responder certificate "${name}" is not valid at ${now.toISOString()}`)
    }
  }
  const verified = verifySignature({
    algorithm: response.signatureAlgorithm,
    data: response.tbsResponseData.tbsView,
    signature: response.signature.valueBlock.valueHexView,
    publicKey: signer.certificate.publicKey
  })
  if (!verified) throw new Error('response signature does not verify')
}

/** Whether a ResponderID (byName or byKey) names `candidate`. */
function identifies(responderId: unknown, candidate: CertificateInfo): boolean {
  if (responderId instanceof pkijs.RelativeDistinguishedNames) {
    return responderId.isEqual(candidate.parsed.subject)
  }
  const keyHash = asBlock(responderId, TAG.OCTET_STRING)?.valueBlock.valueHexView
  if (!keyHash) return false
  return createHash('sha1').update(candidate.publicKeyBits).digest().equals(keyHash)
}

interface SingleResponseForOptions {
  data: pkijs.ResponseData
  certificate: CertificateInfo
  issuer: CertificateInfo
}

function singleResponseFor(options: SingleResponseForOptions): pkijs.SingleResponse {
  const { certificate, issuer } = options
  const single = options.data.responses.find(response => {
    const { certID } = response
    const hashes = certIdHashes({ issuer, hashAlgorithm: certID.hashAlgorithm.algorithmId })
    return (
      hashes !== undefined &&
      integerHex(certID.serialNumber.valueBlock.valueHexView) === certificate.serial &&
      hashes.nameHash.equals(certID.issuerNameHash.valueBlock.valueHexView) &&
      hashes.keyHash.equals(certID.issuerKeyHash.valueBlock.valueHexView)
    )
  })
  if (!single) {
    throw new Error(`response does not cover the certificate (serial ${certificate.serial})`)
  }
  return single
}

function revokedStatus(status: AsnBlock, extensions: pkijs.Extension[]): SourceAnswer {
  // RevokedInfo ::= SEQUENCE { revocationTime GeneralizedTime, revocationReason [0] EXPLICIT CRLReason OPTIONAL }
  const [time, reason] = children(status)
  const revokedAt = generalizedTime(time)
  if (!revokedAt) throw new Error('malformed revokedInfo')
  const reasonBlock = asBlock(reason, 0, 'context')
  const reasonCode = reasonBlock ? enumerated(children(reasonBlock)[0]) : undefined
  return revokedAnswer({
    revokedAt,
    extensions,
    ...(reasonCode !== undefined && { reasonCode })
  })
}
