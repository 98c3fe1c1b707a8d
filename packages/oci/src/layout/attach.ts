import type { Descriptor } from '../descriptor.ts'
import { buildArtifactManifest } from '../referrers/artifact-manifest.ts'
import type { AttachRequest, AttachResult } from '../store.ts'
import { writeBlob } from './blobs.ts'
import { placeManifest } from './index-entries.ts'
import { readIndexFile, writeIndexFile } from './index-file.ts'
import { withIndexLock } from './index-lock.ts'
import { addToLayoutTagIndex } from './tag-index.ts'

/**
 * Attaches an artifact to a subject in an OCI layout, as attachArtifact does on a registry: the
 * layer and config blobs (the empty `{}` config unless one is given), the OCI 1.1 manifest —
 * listed in index.json without a ref name, as oras lists it — and the subject's referrers
 * tag-schema index (`sha256-<hex>` ref name), which notation reads. Both index.json changes are
 * one write under the index lock, so concurrent attaches in this process keep every entry. The
 * tag schema is always maintained here, so `forceTagSchema` changes nothing.
 */
export async function attachToLayout(options: {
  root: string
  request: AttachRequest
}): Promise<AttachResult> {
  const { root, request } = options
  const { manifest, bytes, blobs, descriptor } = buildArtifactManifest(request)
  await Promise.all(blobs.map(blob => writeBlob({ root, digest: blob.digest, content: blob.data })))
  await writeBlob({ root, digest: descriptor.digest, content: bytes })
  const listed: Descriptor = {
    mediaType: descriptor.mediaType,
    digest: descriptor.digest,
    size: descriptor.size
  }
  await withIndexLock({
    root,
    update: async () => {
      const file = await readIndexFile({ root })
      const entries = placeManifest({
        entries: file.manifests,
        descriptor: listed,
        previous: 'keep'
      })
      const manifests = await addToLayoutTagIndex({
        root,
        entries,
        subjectDigest: request.subject.digest,
        referrer: descriptor
      })
      await writeIndexFile({ root, file, manifests })
    }
  })
  return { descriptor, manifest, indexedBy: 'tag-schema' }
}
