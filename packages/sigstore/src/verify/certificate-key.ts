import { createPublicKey } from 'node:crypto'
import type { Bundle } from '@sigstore/bundle'
import { X509Certificate } from '@sigstore/core'
import { SigstoreError } from '../errors.ts'
import { parsePublicKey } from './trust-material.ts'

/** Options of {@link checkCertificateKey}. */
export interface CheckCertificateKeyOptions {
  /** A bundle whose verification material is a certificate (or chain). */
  bundle: Bundle
  /** The managed public key (PEM) the caller trusts. */
  key: string
}

/**
 * A certificate bundle verified with a managed key, as cosign does whenever it holds both a key
 * and a certificate (`keyBytes` in pkg/cosign/verify.go: "both public key and certificate were
 * provided but did not match"): the key is the trust anchor, so the certificate must certify that
 * very key; its chain and claims are not trusted or reported. POLICY_FAILED when the keys differ.
 */
export function checkCertificateKey(options: CheckCertificateKeyOptions): void {
  const content = options.bundle.verificationMaterial.content
  const raw =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined
  if (raw === undefined) return
  const certified = createPublicKey({
    key: X509Certificate.parse(Buffer.from(raw)).publicKey,
    format: 'der',
    type: 'spki'
  })
  if (!certified.equals(parsePublicKey(options.key))) {
    throw new SigstoreError({
      code: 'POLICY_FAILED',
      message:
        "the bundle's certificate holds a different public key than the given key: it was not signed with that key (verify it by certificate identity instead)"
    })
  }
}
