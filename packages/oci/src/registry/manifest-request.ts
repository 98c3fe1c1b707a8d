import { MANIFEST_ACCEPT } from '../media-types.ts'
import type { RegistryClient } from './client.ts'
import type { Repository } from './repository.ts'

/** A manifest by tag or digest in a repository. */
export interface ManifestRequest {
  client: RegistryClient
  repo: Repository
  /** A tag or a digest. */
  reference: string
}

/** Whether a manifest reference is a digest rather than a tag. */
export const isDigest = (reference: string): boolean => reference.includes(':')

/** HEAD of a manifest with the full Accept set. */
export function headManifest(
  { client, repo, reference }: ManifestRequest,
  operation: string
): Promise<Response> {
  return client.request({
    repo,
    operation,
    access: 'pull',
    method: 'HEAD',
    path: `manifests/${reference}`,
    headers: { accept: MANIFEST_ACCEPT }
  })
}
