import type { Descriptor } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import { MAX_MANIFEST_BYTES } from '../http/body-limits.ts'
import { OCI_INDEX, OCI_MANIFEST } from '../media-types.ts'
import { parseDigest } from '../reference/digest.ts'
import { DIGEST } from '../reference/grammar.ts'
import type { FetchedManifest } from '../registry/manifest-fetch.ts'
import { readBlob, readListedBlob } from './blobs.ts'
import { findTagged, refNameOf } from './index-entries.ts'
import { readIndexFile } from './index-file.ts'
import { indexPath } from './paths.ts'

interface ManifestRequest {
  root: string
  /** A tag (an index.json ref name) or a digest. */
  reference: string
}

/**
 * A manifest by tag or digest, its bytes checked against the digest; undefined when the tag is
 * not in index.json or no blob has the digest. A digest need not be listed in index.json. The
 * media type is index.json's, else the manifest's own `mediaType`, else read from its shape
 * (umoci writes manifests without `mediaType`). At most 4 MiB of a manifest is read.
 */
export async function fetchLayoutManifest(
  request: ManifestRequest
): Promise<FetchedManifest | undefined> {
  const { root, reference } = request
  const { manifests: entries } = await readIndexFile({ root })
  const tagged = findTagged({ entries, tag: reference })
  if (tagged) {
    const bytes = await readListedBlob({ root, entry: tagged, maxBytes: MAX_MANIFEST_BYTES })
    return { bytes, mediaType: tagged.mediaType, digest: tagged.digest, etag: undefined }
  }
  if (!DIGEST.test(reference)) return undefined
  parseDigest(reference)
  const bytes = await readBlob({ root, digest: reference, maxBytes: MAX_MANIFEST_BYTES }).catch(
    notFoundAsUndefined
  )
  if (!bytes) return undefined
  const listed = entries.find(entry => entry.digest === reference)
  const mediaType = listed?.mediaType ?? manifestMediaType({ root, digest: reference, bytes })
  return { bytes, mediaType, digest: reference, etag: undefined }
}

/** A tag or digest → its descriptor, or NOT_FOUND saying what the layout has instead. */
export async function resolveLayoutManifest(request: ManifestRequest): Promise<Descriptor> {
  const fetched = await fetchLayoutManifest(request)
  if (fetched) {
    return { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.byteLength }
  }
  const { root, reference } = request
  if (DIGEST.test(reference)) {
    throw new OciError({
      code: 'NOT_FOUND',
      message: `manifest ${reference} is not in the OCI layout ${root}: it has no blob with that digest`
    })
  }
  const { manifests } = await readIndexFile({ root })
  const tags = manifests.map(refNameOf).filter(tag => tag !== undefined)
  const known = tags.length > 0 ? `tags there: ${tags.slice(0, 10).join(', ')}` : 'it has no tags'
  throw new OciError({
    code: 'NOT_FOUND',
    message: `tag ${JSON.stringify(reference)} is not in the OCI layout ${root}: no entry of ${indexPath({ root })} has that ref name (${known})`
  })
}

/** A manifest's media type from its own content: its `mediaType`, else its shape. */
function manifestMediaType(options: { root: string; digest: string; bytes: Buffer }): string {
  let parsed: { mediaType?: unknown; manifests?: unknown; config?: unknown }
  try {
    parsed = JSON.parse(options.bytes.toString()) as typeof parsed
  } catch (cause) {
    throw notAManifest(options, cause)
  }
  if (typeof parsed?.mediaType === 'string' && parsed.mediaType) return parsed.mediaType
  if (Array.isArray(parsed?.manifests)) return OCI_INDEX
  if (typeof parsed?.config === 'object' && parsed.config !== null) return OCI_MANIFEST
  throw notAManifest(options)
}

function notAManifest(options: { root: string; digest: string }, cause?: unknown): OciError {
  return new OciError({
    code: 'INVALID_CONTENT',
    message: `blob ${options.digest} in the OCI layout ${options.root} is not a manifest (not JSON with a mediaType, config or manifests); fetch it as a blob instead`,
    cause
  })
}

function notFoundAsUndefined(error: unknown): undefined {
  if (error instanceof OciError && error.code === 'NOT_FOUND') return undefined
  throw error
}
