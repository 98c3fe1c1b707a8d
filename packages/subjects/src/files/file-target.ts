/** A file to sign, before it is hashed. */
export interface FileTarget {
  /** Absolute path. */
  path: string
  /** The path reports name: relative to the workspace when inside it. */
  name: string
  /** The sha256 (hex) a checksums file lists for it, which the file must still have. */
  listed?: { hex: string; checksumsFile: string }
  /**
   * Where its signature files go: `<signatureBase.path><suffix>` (`.sigstore.json`, `.jws.sig`…),
   * beside the file or in output-directory, checked to lie in the workspace or in
   * output-directory before anything is signed. `name` is how reports name that path.
   */
  signatureBase: { path: string; name: string }
}
