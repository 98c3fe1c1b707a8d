/** One entry of the `signatures` output: what was signed and where its signature went. */
export interface SignatureRecord {
  /** `registry/repository@sha256:…` for an image; the file's path (workspace-relative) for a file. */
  subject: string
  /** `sha256:<hex>` of the image manifest or the file content. */
  digest: string
  kind: 'image' | 'file'
  /** Files: path of `<file>.sigstore.json`. */
  bundle?: string
  /** Images: digest of the referrer manifest holding the bundle. */
  referrer?: string
  /** With legacy outputs or the legacy tag format: the `.sig`/`.pem` paths, or the `.sig` tag. */
  legacy?: string[]
  /** The Rekor entry, when the signature was logged. */
  rekorLogIndex?: number
  rekorEntryUrl?: string
}
