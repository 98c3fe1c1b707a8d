import { toDSSEBundle, toMessageSignatureBundle, type Bundle } from '@sigstore/bundle'
import { dsse } from '@sigstore/core'
import type { InTotoStatement } from './bundle-signer.ts'
import type { IssuedCertificate } from './request-certificate.ts'

/** A v0.3 bundle signed but not yet witnessed (no log entry, no timestamp), and its signature. */
export interface UnwitnessedBundle {
  bundle: Bundle
  signature: Buffer
}

const IN_TOTO = 'application/vnd.in-toto+json'

/**
 * A message-signature bundle over a sha256 `digest` (cosign sign-blob's): the signature over
 * the digest as given, the leaf `certificate` (v0.3, not an `x509CertificateChain`).
 */
export function messageSignatureBundle(
  certificate: IssuedCertificate,
  digest: Buffer
): UnwitnessedBundle {
  const signature = certificate.key.signDigest(digest)
  const bundle = toMessageSignatureBundle({ digest, signature, certificate: certificate.der })
  return { bundle, signature }
}

/**
 * A DSSE bundle over `statement`, payloadType `application/vnd.in-toto+json`: an object is
 * written as JSON; bytes are signed exactly as given (a statement another tool wrote).
 */
export function statementBundle(
  certificate: IssuedCertificate,
  statement: InTotoStatement | Uint8Array
): UnwitnessedBundle {
  const payload =
    statement instanceof Uint8Array
      ? Buffer.from(statement)
      : Buffer.from(JSON.stringify(statement))
  const signature = certificate.key.signData(dsse.preAuthEncoding(IN_TOTO, payload))
  const bundle = toDSSEBundle({
    artifact: payload,
    artifactType: IN_TOTO,
    signature,
    certificate: certificate.der
  })
  return { bundle, signature }
}
