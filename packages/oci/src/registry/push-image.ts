import type { Descriptor } from '../descriptor.ts'
import type { RegistryClient } from './client.ts'
import { putManifest } from './manifest-put.ts'
import type { Repository } from './repository.ts'
import { pushBlob } from './upload.ts'

/**
 * Pushes an image: its blobs (each skipped when the repository has it), then its manifest's
 * exact bytes under `reference` (a tag, or the manifest's digest).
 */
export async function pushImage(options: {
  client: RegistryClient
  repo: Repository
  reference: string
  blobs: { digest: string; data: Uint8Array }[]
  manifest: Uint8Array
  mediaType: string
}): Promise<Descriptor> {
  const { client, repo } = options
  await Promise.all(
    options.blobs.map(blob => pushBlob({ client, repo, digest: blob.digest, content: blob.data }))
  )
  const { descriptor } = await putManifest({
    client,
    repo,
    reference: options.reference,
    bytes: options.manifest,
    mediaType: options.mediaType
  })
  return descriptor
}
