import type { RegistryClient } from '../registry/client.ts'
import { registryError } from '../registry/errors.ts'
import type { Repository } from '../registry/repository.ts'
import { MANIFEST_ACCEPT } from '../media-types.ts'

/** Whether a manifest still exists (HEAD by digest), so a deleted referrer is not restored. */
export async function blobExistsAsManifest(options: {
  client: RegistryClient
  repo: Repository
  digest: string
}): Promise<boolean> {
  const { client, repo, digest } = options
  const response = await client.request({
    repo,
    operation: 'manifest.exists',
    access: 'pull',
    method: 'HEAD',
    path: `manifests/${digest}`,
    headers: { accept: MANIFEST_ACCEPT }
  })
  await response.body?.cancel()
  if (response.status === 200) return true
  if (response.status === 404) return false
  throw await registryError({ response, repo, operation: 'manifest.exists' })
}
