import { randomUUID } from 'node:crypto'
import type { Descriptor, ImageIndex } from '../descriptor.ts'
import { checkDescriptors } from '../descriptor-check.ts'
import { OciError } from '../errors.ts'
import { OCI_INDEX } from '../media-types.ts'
import { parseDigest } from '../reference/digest.ts'
import type { RegistryClient } from '../registry/client.ts'
import { fetchManifest } from '../registry/manifest-fetch.ts'
import { describeRepository, type Repository } from '../registry/repository.ts'

/** The referrers tag schema's tag for a subject: `sha256:<hex>` → `sha256-<hex>`. */
export function referrersTag(subjectDigest: string): string {
  const { algorithm, hex } = parseDigest(subjectDigest)
  return `${algorithm}-${hex}`
}

/** The tag-schema index as read: its referrers, digest and ETag (undefined: no index yet). */
export interface TagIndex {
  manifests: Descriptor[]
  digest: string
  etag: string | undefined
}

export async function readTagIndex(options: {
  client: RegistryClient
  repo: Repository
  subjectDigest: string
}): Promise<TagIndex | undefined> {
  const tag = referrersTag(options.subjectDigest)
  const fetched = await fetchManifest({
    client: options.client,
    repo: options.repo,
    reference: tag
  })
  if (!fetched) return undefined
  const where = `the referrers tag ${tag} of ${describeRepository(options.repo)}`
  let index: Partial<ImageIndex> | null
  try {
    index = JSON.parse(fetched.bytes.toString()) as Partial<ImageIndex> | null
  } catch (cause) {
    throw new OciError({
      code: 'INVALID_CONTENT',
      message: `${where} does not hold JSON`,
      cause
    })
  }
  if (!Array.isArray(index?.manifests)) {
    throw new OciError({
      code: 'INVALID_CONTENT',
      message: `${where} does not hold an image index`
    })
  }
  const manifests = checkDescriptors({ entries: index.manifests, index: where })
  return { manifests, digest: fetched.digest, etag: fetched.etag }
}

/**
 * Annotation that makes every revision of a tag-schema index unique. Registries that store
 * content non-atomically (distribution's filesystem driver) corrupt two concurrent PUTs of
 * byte-identical content, and deleting a superseded revision must never hit bytes another
 * writer has just put again under the tag.
 */
export const INDEX_REVISION_ANNOTATION = 'dev.sign.referrers.revision'

/** The bytes of a tag-schema index listing `manifests`, as a new unique revision. */
export function encodeTagIndex(manifests: Descriptor[]): Buffer {
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests,
    annotations: { [INDEX_REVISION_ANNOTATION]: randomUUID() }
  }
  return Buffer.from(JSON.stringify(index))
}
