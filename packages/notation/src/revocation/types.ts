import type { X509Certificate } from 'node:crypto'

/** The revocation status of one certificate of a chain. */
export type RevocationStatus = 'good' | 'revoked' | 'unknown' | 'nonRevokable'

/** What was found for one certificate. */
export interface CertificateRevocation {
  /** The certificate's subject, as X509Certificate.subject gives it. */
  subject: string
  status: RevocationStatus
  /** Where the answer came from. */
  source?: 'ocsp' | 'crl'
  /** For revoked: when (RFC 5280 revocationTime / invalidity date, if known). */
  revokedAt?: Date
  /** For unknown: why no answer could be had (timeouts, errors), for the message. */
  reason?: string
  /** The invalidity date of the revocation entry (RFC 5280 §5.3.2), when the source gave one. */
  invalidityDate?: Date
  /** The CRLReason name (keyCompromise, superseded, …), when the source gave one. */
  revocationReason?: string
  /**
   * For an answer that needs explaining: sources that failed before one answered, or a
   * revocation that does not count because it took effect after the signing time.
   */
  note?: string
}

/** Options of {@link RevocationChecker.check}. */
export interface RevocationCheckOptions {
  /** Leaf first, up to and including the root. */
  chain: X509Certificate[]
  /** notary.x509.signingAuthority: a revocation after this time does not invalidate. */
  signingTime?: Date
}

/** Checks a chain's revocation status (OCSP first, CRL as fallback). */
export interface RevocationChecker {
  /** One result per certificate except the root, leaf first. */
  check(options: RevocationCheckOptions): Promise<CertificateRevocation[]>
}
