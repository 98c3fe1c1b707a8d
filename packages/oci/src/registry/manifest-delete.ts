import { expectStatus } from './errors.ts'
import type { ManifestRequest } from './manifest-request.ts'

/** Deletes a manifest by digest. Returns false when the registry refuses deletes (405) or lacks it. */
export async function deleteManifest({
  client,
  repo,
  reference
}: ManifestRequest): Promise<boolean> {
  const response = await client.request({
    repo,
    operation: 'manifest.delete',
    access: 'delete',
    method: 'DELETE',
    path: `manifests/${reference}`
  })
  const status = await expectStatus({
    response,
    ok: [200, 202, 404, 405],
    repo,
    operation: 'manifest.delete'
  })
  return status === 200 || status === 202
}
