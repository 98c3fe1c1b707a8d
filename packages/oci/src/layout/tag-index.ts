import type { Descriptor, ImageIndex } from '../descriptor.ts'
import { checkDescriptors } from '../descriptor-check.ts'
import { OciError } from '../errors.ts'
import { OCI_INDEX } from '../media-types.ts'
import { sha256Digest } from '../reference/digest.ts'
import { encodeTagIndex, referrersTag } from '../referrers/tag-schema.ts'
import { readListedBlob, writeBlob } from './blobs.ts'
import { findTagged, placeManifest } from './index-entries.ts'
import { MAX_SCANNED_MANIFEST_BYTES } from './limits.ts'

interface TagIndexRequest {
  root: string
  /** index.json's entries, as just read. */
  entries: Descriptor[]
  subjectDigest: string
}

/** The referrers the subject's tag-schema index (`sha256-<hex>` ref name) lists; [] without one. */
export async function readLayoutTagIndex(request: TagIndexRequest): Promise<Descriptor[]> {
  const { root, entries } = request
  const tag = referrersTag(request.subjectDigest)
  const entry = findTagged({ entries, tag })
  if (!entry) return []
  const bytes = await readListedBlob({ root, entry, maxBytes: MAX_SCANNED_MANIFEST_BYTES })
  let index: Partial<ImageIndex> | null
  try {
    index = JSON.parse(bytes.toString()) as Partial<ImageIndex> | null
  } catch (cause) {
    throw notAnIndex({ root, tag, cause })
  }
  if (!Array.isArray(index?.manifests)) throw notAnIndex({ root, tag })
  return checkDescriptors({
    entries: index.manifests,
    index: `the referrers tag ${tag} in the OCI layout ${root}`
  })
}

/**
 * Adds a referrer to the subject's tag-schema index: writes the new index blob and returns
 * index.json's entries with the ref name moved to it. The superseded index is no longer listed
 * (its blob stays until a garbage collection, so a reader holding the old index.json still
 * finds it). Call under the index lock, with entries read under it.
 */
export async function addToLayoutTagIndex(
  request: TagIndexRequest & { referrer: Descriptor }
): Promise<Descriptor[]> {
  const { root, entries, referrer } = request
  const current = await readLayoutTagIndex(request)
  const manifests = [...current.filter(d => d.digest !== referrer.digest), referrer]
  const bytes = encodeTagIndex(manifests)
  const descriptor: Descriptor = {
    mediaType: OCI_INDEX,
    digest: sha256Digest(bytes),
    size: bytes.byteLength
  }
  await writeBlob({ root, digest: descriptor.digest, content: bytes })
  const tag = referrersTag(request.subjectDigest)
  return placeManifest({ entries, descriptor, tag, previous: 'drop' })
}

function notAnIndex(options: { root: string; tag: string; cause?: unknown }): OciError {
  return new OciError({
    code: 'INVALID_CONTENT',
    message: `the referrers tag ${options.tag} in the OCI layout ${options.root} does not name an image index; remove that ref name from index.json and attach again`,
    ...(options.cause !== undefined ? { cause: options.cause } : {})
  })
}
