/** The signature algorithms of the Notary Project, each fixed by the signing key. */
export type NotaryAlgorithm = 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512'

/**
 * A signing key and its certificate chain. The envelope code hands `sign` the exact bytes to
 * sign — the JWS signing input or the COSE Sig_structure — and the signer hashes them with the
 * algorithm's hash (locally; a Key Vault signer then sends only the digest).
 */
export interface NotarySigner {
  /** Derived from the leaf certificate's key (RSA 2048/3072/4096 → PS256/384/512, EC P-256/384/521 → ES256/384/512). */
  readonly algorithm: NotaryAlgorithm
  /** DER certificates, leaf first, ending in a self-signed root; already checked against the Notary Project rules. */
  readonly certificateChain: Buffer[]
  /** The raw signature over `data`: RSASSA-PSS (salt = hash length) or ECDSA r||s. */
  sign(data: Buffer): Promise<Buffer>
}
