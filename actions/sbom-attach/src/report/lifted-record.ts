/** One BuildKit statement the step signed: an entry of the `lifted` output and a summary row. */
export interface LiftedRecord {
  /** The platform manifest it is about, `registry/repository@sha256:…`. */
  subject: string
  /** The image index that lists it, `registry/repository@sha256:…`. */
  index: string
  predicateType: string
  /** `https://in-toto.io/Statement/v0.1` or `…/v1`, as BuildKit wrote it. */
  statementType: string
  /** BuildKit's attestation manifest form: `legacy` (≤ 0.31) or `oci-artifact` (0.32+). */
  form: 'legacy' | 'oci-artifact'
  /** The attestation manifest it came from, left in the index as it was. */
  attestationManifest: string
  /** The cosign v3 bundle referrer attached to the platform manifest. */
  attestation: string
  rekorLogIndex?: number
}
