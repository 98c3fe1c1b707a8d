/** The Sigstore services a signature is made with. */
export interface SigstoreInstance {
  fulcioUrl: string
  /** Rekor's base URL; absent when nothing is written to a transparency log (then a TSA is required). */
  rekorUrl?: string
  /** Rekor API major version (v2 entries carry no inclusion promise, so a TSA is required). */
  rekorVersion: 1 | 2
  /** RFC 3161 timestamp authority, optional with Rekor v1. */
  tsaUrl?: string
}

/** Sigstore's public-good instance: Fulcio and Rekor v1, no TSA (cosign's default). */
export const PUBLIC_GOOD: SigstoreInstance = {
  fulcioUrl: 'https://fulcio.sigstore.dev',
  rekorUrl: 'https://rekor.sigstore.dev',
  rekorVersion: 1
}
