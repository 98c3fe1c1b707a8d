// @peculiar/x509 resolves its ASN.1 schemas through tsyringe, which needs this polyfill first.
import 'reflect-metadata'
import { createPublicKey, verify, webcrypto, type KeyObject } from 'node:crypto'
import * as x509 from '@peculiar/x509'

x509.cryptoProvider.set(webcrypto)

// Fulcio's refusals of a key or its proof of possession (fulcio pkg/server/error.go).
export const INVALID_PUBLIC_KEY = 'The public key supplied in the request could not be parsed'
export const INVALID_CSR = 'The certificate signing request could not be parsed'
export const INVALID_SIGNATURE = 'The signature supplied in the request could not be verified'

/** The key parts of a `POST /api/v2/signingCert` body. */
export interface KeyRequest {
  /** Option 1: a PKCS#10 request, PEM or DER, base64 as the JSON form of proto `bytes`. */
  certificateSigningRequest?: string
  /** Option 2: a public key and its signature over the token's subject. */
  publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string }
}

/** The key to certify, or the message Fulcio refuses the request with. */
export type ProvenKey = { publicKey: KeyObject } | { refusal: string }

/**
 * The key a certificate request proves possession of, checked as Fulcio's
 * CreateSigningCertificate does (pkg/server/grpc_server.go): a CSR when there is one (cosign
 * with --issue-certificate, sigstore-python) must carry a valid self-signature; otherwise the
 * public key's signature over the token's `sub` (cosign, sigstore-go, sigstore-js) must verify.
 */
export async function provenKey(request: KeyRequest, subject: string): Promise<ProvenKey> {
  if (request.certificateSigningRequest) return csrKey(request.certificateSigningRequest)
  let publicKey: KeyObject
  try {
    publicKey = createPublicKey(request.publicKeyRequest?.publicKey?.content ?? '')
  } catch {
    return { refusal: INVALID_PUBLIC_KEY }
  }
  const proof = Buffer.from(request.publicKeyRequest?.proofOfPossession ?? '', 'base64')
  return verify('sha256', Buffer.from(subject), publicKey, proof)
    ? { publicKey }
    : { refusal: INVALID_SIGNATURE }
}

/** A CSR's key once its self-signature verifies; PEM or DER like sigstore's ParseCSR. */
async function csrKey(encoded: string): Promise<ProvenKey> {
  let csr: x509.Pkcs10CertificateRequest
  try {
    const bytes = Buffer.from(encoded, 'base64')
    const text = bytes.toString('latin1')
    csr = new x509.Pkcs10CertificateRequest(
      text.includes('-----BEGIN') ? text : new Uint8Array(bytes)
    )
  } catch {
    return { refusal: INVALID_CSR }
  }
  if (!(await csr.verify().catch(() => false))) return { refusal: INVALID_SIGNATURE }
  try {
    return {
      publicKey: createPublicKey({
        key: Buffer.from(csr.publicKey.rawData),
        format: 'der',
        type: 'spki'
      })
    }
  } catch {
    return { refusal: INVALID_PUBLIC_KEY }
  }
}
