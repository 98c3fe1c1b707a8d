import { attachArtifact } from '../referrers/attach.ts'
import { listReferrers } from '../referrers/list.ts'
import { sha256Digest } from '../reference/digest.ts'
import type { ContentStore } from '../store.ts'
import { blobExists, fetchBlob } from './blobs.ts'
import type { RegistryClient } from './client.ts'
import { fetchManifest } from './manifest-fetch.ts'
import { putManifest } from './manifest-put.ts'
import { resolveManifest } from './manifest-resolve.ts'
import { describeRepository, type Repository } from './repository.ts'
import { pushBlob } from './upload.ts'

/** A repository on a registry, behind the ContentStore interface. */
export function registryStore(options: { client: RegistryClient; repo: Repository }): ContentStore {
  const { client, repo } = options
  return {
    location: describeRepository(repo),
    resolve: reference => resolveManifest({ client, repo, reference }),
    fetchManifest: reference => fetchManifest({ client, repo, reference }),
    async pushManifest({ bytes, mediaType, tag }) {
      const { descriptor } = await putManifest({
        client,
        repo,
        reference: tag ?? sha256Digest(bytes),
        bytes,
        mediaType
      })
      return descriptor
    },
    blobExists: digest => blobExists({ client, repo, digest }),
    fetchBlob: (digest, fetchOptions) =>
      fetchBlob({
        client,
        repo,
        digest,
        ...(fetchOptions?.maxBytes === undefined ? {} : { maxBytes: fetchOptions.maxBytes })
      }),
    async pushBlob({ digest, content }) {
      await pushBlob({ client, repo, digest, content })
    },
    listReferrers: ({ subjectDigest, artifactType }) =>
      listReferrers({ client, repo, subjectDigest, ...(artifactType ? { artifactType } : {}) }),
    attach: request => attachArtifact({ ...request, client, repo })
  }
}
