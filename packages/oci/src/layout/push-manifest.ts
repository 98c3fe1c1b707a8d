import type { Descriptor } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import { sha256Digest } from '../reference/digest.ts'
import { writeBlob } from './blobs.ts'
import { placeManifest } from './index-entries.ts'
import { readIndexFile, writeIndexFile } from './index-file.ts'
import { withIndexLock } from './index-lock.ts'
import { indexPath } from './paths.ts'

/** A ref name as the image-layout spec defines it: components joined by `/`. */
const COMPONENT = '[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*'
const REF_NAME_GRAMMAR = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`)

export interface PushLayoutManifestOptions {
  root: string
  bytes: Uint8Array
  mediaType: string
  /** Moves this ref name to the manifest; the manifest that had it stays listed, untagged. */
  tag?: string
}

/** Stores a manifest's exact bytes as a blob and lists it in index.json (tagged when asked). */
export async function pushLayoutManifest(options: PushLayoutManifestOptions): Promise<Descriptor> {
  const { root, bytes, mediaType, tag } = options
  if (tag !== undefined && !REF_NAME_GRAMMAR.test(tag)) {
    throw new OciError({
      code: 'INVALID_REFERENCE',
      message: `${JSON.stringify(tag)} cannot be a ref name in ${indexPath({ root })}: use letters and digits, joined by one of . _ - : @ + or --, in components separated by /`
    })
  }
  checkManifest({ root, bytes, mediaType })
  const descriptor: Descriptor = { mediaType, digest: sha256Digest(bytes), size: bytes.byteLength }
  await writeBlob({ root, digest: descriptor.digest, content: bytes })
  await withIndexLock({
    root,
    update: async () => {
      const file = await readIndexFile({ root })
      const manifests = placeManifest({
        entries: file.manifests,
        descriptor,
        ...(tag !== undefined ? { tag } : {}),
        previous: 'keep'
      })
      await writeIndexFile({ root, file, manifests })
    }
  })
  return descriptor
}

/** A manifest must be a JSON object, and its own mediaType (when it has one) the one given. */
function checkManifest(options: { root: string; bytes: Uint8Array; mediaType: string }): void {
  const what = `the manifest pushed to the OCI layout ${options.root}`
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(options.bytes).toString())
  } catch (cause) {
    throw new OciError({
      code: 'INVALID_CONTENT',
      message: `${what} is not JSON; pass the manifest's exact bytes`,
      cause
    })
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new OciError({ code: 'INVALID_CONTENT', message: `${what} is not a JSON object` })
  }
  const own = (parsed as { mediaType?: unknown }).mediaType
  if (own !== undefined && own !== options.mediaType) {
    throw new OciError({
      code: 'INVALID_CONTENT',
      message: `${what} says mediaType ${JSON.stringify(own)} but was pushed as ${options.mediaType}; pass its own media type`
    })
  }
}
