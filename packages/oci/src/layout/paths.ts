import { join } from 'node:path'
import { parseDigest } from '../reference/digest.ts'

/** The file that marks a directory as an OCI image layout, and the only version we read. */
export const LAYOUT_FILE = 'oci-layout'
export const LAYOUT_VERSION = '1.0.0'
/** The layout's image index: every manifest it holds, tags as ref-name annotations. */
export const INDEX_FILE = 'index.json'
/** The annotation that names a tag on an index.json entry (oras, notation, skopeo, umoci). */
export const REF_NAME = 'org.opencontainers.image.ref.name'

/** `<root>/index.json`, for reading, writing and error messages. */
export function indexPath(options: { root: string }): string {
  return join(options.root, INDEX_FILE)
}

/**
 * `<root>/blobs/<algorithm>/<hex>`. The digest is parsed first, so its parts are a known
 * algorithm and hex only: a digest can never name a path outside the layout.
 */
export function blobPath(options: { root: string; digest: string }): string {
  const { algorithm, hex } = parseDigest(options.digest)
  return join(options.root, 'blobs', algorithm, hex)
}
