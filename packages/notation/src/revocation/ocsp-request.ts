import { createHash } from 'node:crypto'
import type { CertificateInfo } from './certificate-info.ts'
import { DER, derElement, oidContents } from './der.ts'

/** SHA-1: the CertID hash every OCSP responder understands (notation-core-go uses it too). */
export const SHA1_OID = '1.3.14.3.2.26'

const HASH_NAMES: Record<string, string> = {
  [SHA1_OID]: 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512'
}

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
  const name = HASH_NAMES[options.hashAlgorithm]
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
