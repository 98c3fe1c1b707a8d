/** SHA-1, which OCSP CertIDs use (every responder understands it). */
export const SHA1_OID = '1.3.14.3.2.26'

/**
 * Node's hash name of each digest algorithm OID the verifier reads: OCSP CertIDs, TSTInfo
 * message imprints, ESS signing-certificate hashes and RSASSA-PSS parameters.
 */
export const DIGEST_ALGORITHMS: Readonly<Record<string, string>> = {
  [SHA1_OID]: 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512'
}
