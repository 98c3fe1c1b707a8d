import type { Descriptor, ImageManifest } from '../descriptor.ts'
import { EMPTY_CONFIG, EMPTY_CONFIG_BYTES, OCI_MANIFEST } from '../media-types.ts'
import { sha256Digest } from '../reference/digest.ts'
import type { AttachResult } from '../referrers/attach.ts'
import type { AttachRequest } from '../store.ts'
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
  const { subject } = request
  const configData = request.config?.data ?? EMPTY_CONFIG_BYTES
  const config: Descriptor = request.config
    ? {
        mediaType: request.config.mediaType,
        digest: sha256Digest(configData),
        size: configData.byteLength
      }
    : { ...EMPTY_CONFIG }
  const layers: Descriptor[] = request.layers.map(layer => ({
    mediaType: layer.mediaType,
    digest: sha256Digest(layer.data),
    size: layer.data.byteLength,
    ...(layer.annotations ? { annotations: layer.annotations } : {})
  }))
  await Promise.all([
    writeBlob({ root, digest: config.digest, content: configData }),
    ...request.layers.map((layer, i) =>
      writeBlob({ root, digest: layers[i]!.digest, content: layer.data })
    )
  ])
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: request.artifactType,
    config,
    layers,
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...(request.annotations ? { annotations: request.annotations } : {})
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  const listed: Descriptor = {
    mediaType: OCI_MANIFEST,
    digest: sha256Digest(bytes),
    size: bytes.byteLength
  }
  await writeBlob({ root, digest: listed.digest, content: bytes })
  const descriptor: Descriptor = {
    ...listed,
    artifactType: request.artifactType,
    ...(request.annotations ? { annotations: request.annotations } : {})
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
        subjectDigest: subject.digest,
        referrer: descriptor
      })
      await writeIndexFile({ root, file, manifests })
    }
  })
  return { descriptor, manifest, indexedBy: 'tag-schema' }
}
