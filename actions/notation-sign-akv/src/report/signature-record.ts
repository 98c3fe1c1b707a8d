/** One entry of the `signatures` output: what was signed and where its signature went. */
export interface SignatureRecord {
  /** `registry/repository@sha256:…` for an image; the file's path (workspace-relative) for a file. */
  subject: string
  /** The signed digest: the image manifest's, or the file's with the key's hash (sha384 for RSA 3072). */
  digest: string
  kind: 'image' | 'file'
  format: 'jws' | 'cose'
  /** Images: digest of the signature manifest (the referrer). */
  referrer?: string
  /** Files: path of `<file>.jws.sig` / `<file>.cose.sig`. */
  signature?: string
  /** SHA-256 thumbprint (lowercase hex) of the signing certificate. */
  certificate: string
}
