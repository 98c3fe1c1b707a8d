import * as pkijs from 'pkijs'
import { CLOCK_SKEW_MS, revokedAnswer } from './answer.ts'
import type { SourceAnswer } from './answer.ts'
import { integerHex } from './certificate-info.ts'
import type { CertificateInfo } from './certificate-info.ts'
import { verifySignature } from './signature.ts'

const DELTA_CRL_INDICATOR = '2.5.29.27'
const FRESHEST_CRL = '2.5.29.46'
const ISSUING_DISTRIBUTION_POINT = '2.5.29.28'

/** Options of {@link readCrl}. */
export interface ReadCrlOptions {
  /** The DER CertificateList as downloaded. */
  der: Uint8Array
  certificate: CertificateInfo
  issuer: CertificateInfo
  now: Date
}

/**
 * Reads a CRL and looks the certificate up (RFC 5280 §6.3): issued and signed by the
 * certificate's issuer, thisUpdate not in the future, nextUpdate not passed, no delta CRLs and
 * no unknown critical extensions. Throws an Error whose message is the reason when any of it
 * fails.
 */
export function readCrl(options: ReadCrlOptions): SourceAnswer {
  const { issuer, now } = options
  let crl: pkijs.CertificateRevocationList
  try {
    crl = pkijs.CertificateRevocationList.fromBER(options.der)
  } catch {
    throw new Error('malformed CRL (a DER CertificateList was expected)')
  }
  if (!crl.issuer.isEqual(issuer.parsed.subject)) {
    throw new Error('CRL is not issued by the certificate issuer')
  }
  if (crl.signature.algorithmId !== crl.signatureAlgorithm.algorithmId) {
    throw new Error('CRL signature algorithms disagree')
  }
  const verified = verifySignature({
    algorithm: crl.signatureAlgorithm,
    data: crl.tbsView,
    signature: crl.signatureValue.valueBlock.valueHexView,
    publicKey: issuer.certificate.publicKey
  })
  if (!verified) throw new Error('CRL signature does not verify with the issuer key')
  const thisUpdate = crl.thisUpdate.value
  if (thisUpdate.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new Error(`CRL thisUpdate ${thisUpdate.toISOString()} is in the future`)
  }
  const nextUpdate = crl.nextUpdate?.value
  if (nextUpdate && nextUpdate.getTime() < now.getTime()) {
    throw new Error(`CRL expired: nextUpdate ${nextUpdate.toISOString()} has passed`)
  }
  for (const extension of crl.crlExtensions?.extensions ?? []) {
    if (extension.extnID === DELTA_CRL_INDICATOR || extension.extnID === FRESHEST_CRL) {
      throw new Error('delta CRLs are not supported')
    }
    if (extension.critical && extension.extnID !== ISSUING_DISTRIBUTION_POINT) {
      throw new Error(`unsupported critical CRL extension ${extension.extnID}`)
    }
  }
  const serial = options.certificate.serial
  const entry = crl.revokedCertificates?.find(
    revoked => integerHex(revoked.userCertificate.valueBlock.valueHexView) === serial
  )
  if (!entry) return { status: 'good' }
  return revokedAnswer({
    revokedAt: entry.revocationDate.value,
    extensions: entry.crlEntryExtensions?.extensions ?? []
  })
}
