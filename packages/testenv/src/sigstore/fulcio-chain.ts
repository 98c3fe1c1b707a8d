import { X509Certificate } from 'node:crypto'
import { jsonReply, type ServiceReply } from './http.ts'

/** Fulcio's answer with a certificate chain, embedded-SCT flavour. */
interface SigningCertificateJson {
  signedCertificateEmbeddedSct: { chain: { certificates: string[] } }
}

/**
 * Fulcio's 200 answer for the chain the mock issued, each certificate in PEM as Fulcio writes it
 * (Go's pem.Encode: base64 in 64-character lines, a final newline). The mock puts each one on a
 * single line, and clients pass the leaf's PEM on verbatim into the Rekor entry, where
 * sigstore-python compares it with its own PEM of the bundle's certificate.
 */
export function fulcioChainReply(mockBody: string | Buffer): ServiceReply {
  const answer = JSON.parse(mockBody.toString()) as SigningCertificateJson
  const { chain } = answer.signedCertificateEmbeddedSct
  chain.certificates = chain.certificates.map(pem => new X509Certificate(pem).toString())
  return jsonReply(200, answer)
}
