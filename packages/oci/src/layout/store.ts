import { resolve } from 'node:path'
import type { ContentStore } from '../store.ts'
import { attachToLayout } from './attach.ts'
import { hasBlob, readBlob, writeBlob } from './blobs.ts'
import { fetchLayoutManifest, resolveLayoutManifest } from './manifests.ts'
import { openLayout } from './open-layout.ts'
import { pushLayoutManifest } from './push-manifest.ts'
import { listLayoutReferrers, type ReferrerFacts } from './referrers.ts'

export interface LayoutStoreOptions {
  /** The layout directory (holding `oci-layout`, `index.json` and `blobs/`). */
  path: string
  /** Make a new layout when the directory is absent or empty (default: it must be a layout). */
  create?: boolean
}

/**
 * An OCI image layout directory behind the ContentStore interface — the embedded store for local
 * use without a registry, compatible with what oras, notation, skopeo and umoci read and write:
 * tags are `org.opencontainers.image.ref.name` annotations on index.json entries, referrers are
 * found by scanning index.json's manifests and through the referrers tag-schema index. The
 * layout is checked (or created) on first use: a missing or invalid layout fails every operation
 * with INVALID_LAYOUT until it is fixed. Writes are atomic; index.json updates are serialised
 * within this process (one writing process per layout, as with oras and notation).
 */
export function layoutStore(options: LayoutStoreOptions): ContentStore {
  const root = resolve(options.path)
  let opened: Promise<void> | undefined
  const ready = (): Promise<void> =>
    (opened ??= openLayout({ root, create: options.create ?? false }).catch((error: unknown) => {
      opened = undefined
      throw error
    }))
  const facts = new Map<string, ReferrerFacts>()
  return {
    location: `oci-layout:${root}`,
    resolve: reference => ready().then(() => resolveLayoutManifest({ root, reference })),
    fetchManifest: reference => ready().then(() => fetchLayoutManifest({ root, reference })),
    pushManifest: ({ bytes, mediaType, tag }) =>
      ready().then(() =>
        pushLayoutManifest({ root, bytes, mediaType, ...(tag !== undefined ? { tag } : {}) })
      ),
    blobExists: digest => ready().then(() => hasBlob({ root, digest })),
    fetchBlob: (digest, fetchOptions) =>
      ready().then(() =>
        readBlob({
          root,
          digest,
          ...(fetchOptions?.maxBytes === undefined ? {} : { maxBytes: fetchOptions.maxBytes })
        })
      ),
    pushBlob: ({ digest, content }) => ready().then(() => writeBlob({ root, digest, content })),
    listReferrers: ({ subjectDigest, artifactType }) =>
      ready().then(() =>
        listLayoutReferrers({
          root,
          subjectDigest,
          ...(artifactType !== undefined ? { artifactType } : {}),
          facts
        })
      ),
    attach: request => ready().then(() => attachToLayout({ root, request }))
  }
}
