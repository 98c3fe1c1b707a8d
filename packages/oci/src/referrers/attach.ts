import { OCI_MANIFEST } from '../media-types.ts'
import type { RegistryClient } from '../registry/client.ts'
import { putManifest } from '../registry/manifest-put.ts'
import type { Repository } from '../registry/repository.ts'
import { pushBlob } from '../registry/upload.ts'
import type { AttachRequest, AttachResult } from '../store.ts'
import { listReferrersViaApi } from './api.ts'
import { knownApiSupport, rememberApiSupport } from './list.ts'
import { updateTagIndex } from './tag-index-update.ts'
import { buildArtifactManifest } from './artifact-manifest.ts'

export interface AttachOptions extends AttachRequest {
  client: RegistryClient
  repo: Repository
}

/**
 * Attaches an artifact to a subject as an OCI 1.1 referrer: pushes the layers and config, puts
 * the manifest by digest, and, when the registry does not index it itself (no OCI-Subject
 * answer, or the API is absent though the header came — ECR did that), adds it to the referrers
 * tag schema without losing any concurrent writer's entry.
 */
export async function attachArtifact(options: AttachOptions): Promise<AttachResult> {
  const { client, repo, subject } = options
  const { manifest, bytes, blobs, descriptor } = buildArtifactManifest(options)
  // The config (most often the empty `{}`) is usually there already; the layers (signatures,
  // attestations, SBOMs) are new, so they are sent without asking first.
  await Promise.all(
    blobs.map(blob =>
      pushBlob({
        client,
        repo,
        digest: blob.digest,
        content: blob.data,
        probe: blob.role === 'config'
      })
    )
  )
  const put = await putManifest({
    client,
    repo,
    reference: descriptor.digest,
    bytes,
    mediaType: OCI_MANIFEST
  })
  const indexedByRegistry =
    !options.forceTagSchema &&
    put.indexedSubject === subject.digest &&
    (await servesApi(client, repo, subject.digest))
  if (indexedByRegistry) return { descriptor, manifest, indexedBy: 'api' }
  await updateTagIndex({ client, repo, subjectDigest: subject.digest, add: [descriptor] })
  return { descriptor, manifest, indexedBy: 'tag-schema' }
}

async function servesApi(
  client: RegistryClient,
  repo: Repository,
  subjectDigest: string
): Promise<boolean> {
  const known = knownApiSupport(client, repo)
  if (known !== undefined) return known
  const supported = (await listReferrersViaApi({ client, repo, subjectDigest })) !== undefined
  rememberApiSupport(client, repo, supported)
  return supported
}
