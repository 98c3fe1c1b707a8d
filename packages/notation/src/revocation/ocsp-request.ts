import { createHash } from 'node:crypto'
import type { CertificateInfo } from './certificate-info.ts'
import { DER, derElement, oidContents } from '../certificate/der.ts'
import { DIGEST_ALGORITHMS, SHA1_OID } from '../certificate/digest-algorithms.ts'

/** Options of {@link certIdHashes}. */
export interface CertIdHashesOptions {
  issuer: CertificateInfo
  /** The CertID hash algorithm OID. */
  hashAlgorithm: string
}

/** issuerNameHash and issuerKeyHash of a CertID, or undefined for an unknown hash algorithm. */
export function certIdHashes(
  options: CertIdHashesOptions
): { nameHash: Buffer; keyHash: Buffer } | undefined {
  const name = DIGEST_ALGORITHMS[options.hashAlgorithm]
  if (!name) return undefined
  return {
    nameHash: createHash(name).update(options.issuer.rawSubject).digest(),
    keyHash: createHash(name).update(options.issuer.publicKeyBits).digest()
  }
}

/** Options of {@link ocspRequest}. */
export interface OcspRequestOptions {
  certificate: CertificateInfo
  issuer: CertificateInfo
}

/** The DER OCSPRequest for one certificate: one Request, a SHA-1 CertID, no nonce. */
export function ocspRequest(options: OcspRequestOptions): Buffer {
  const hashes = certIdHashes({ issuer: options.issuer, hashAlgorithm: SHA1_OID })
  if (!hashes) throw new Error('SHA-1 is not available')
  const algorithm = derElement(
    DER.SEQUENCE,
    derElement(DER.OID, oidContents(SHA1_OID)),
    derElement(DER.NULL)
  )
  const certId = derElement(
    DER.SEQUENCE,
    algorithm,
    derElement(DER.OCTET_STRING, hashes.nameHash),
    derElement(DER.OCTET_STRING, hashes.keyHash),
    derElement(DER.INTEGER, options.certificate.serialBytes)
  )
  // OCSPRequest { TBSRequest { requestList { Request { reqCert } } } }
  const request = derElement(DER.SEQUENCE, certId)
  return derElement(DER.SEQUENCE, derElement(DER.SEQUENCE, derElement(DER.SEQUENCE, request)))
}
