import type { ContentStore, Descriptor } from '@sign/oci'
import { MAX_SIGNATURE_BYTES, describeSize } from './limits.ts'
import { UnreadableArtifact } from './unreadable.ts'

/** Options of {@link readSignatureBlob}. */
export interface ReadSignatureBlobOptions {
  store: ContentStore
  /** A signature layer of a signature manifest. */
  layer: Descriptor
  /** What the blob is, for messages: `envelope`, `bundle`, `payload`. */
  what: string
}

/**
 * Fetches one signature layer's blob — at most 32 MiB, checked on the listed size before
 * fetching; no more than the listed size is ever read (the store stops a longer blob while
 * reading it) and the store checks the bytes against the digest.
 */
export async function readSignatureBlob(options: ReadSignatureBlobOptions): Promise<Buffer> {
  const { store, layer, what } = options
  const limit = describeSize(MAX_SIGNATURE_BYTES)
  if (layer.size > MAX_SIGNATURE_BYTES) {
    throw new UnreadableArtifact(
      `the ${what} layer ${layer.digest} is ${layer.size} bytes, over the ${limit} limit`
    )
  }
  const bytes = await store.fetchBlob(layer.digest, { maxBytes: layer.size })
  if (bytes.byteLength !== layer.size) {
    throw new UnreadableArtifact(
      `the ${what} layer ${layer.digest} has ${bytes.byteLength} bytes, not the ${layer.size} its manifest lists`
    )
  }
  return bytes
}
