import type { Descriptor, ImageIndex } from '../descriptor.ts'
import { isIndexMediaType } from '../media-types.ts'

/** The platform manifests of an index (empty for a single-platform manifest). */
export function platformManifests(manifest: {
  bytes: Uint8Array
  mediaType: string
}): Descriptor[] {
  if (!isIndexMediaType(manifest.mediaType)) return []
  const index = JSON.parse(Buffer.from(manifest.bytes).toString()) as ImageIndex
  return index.manifests.filter(
    d => !d.artifactType && !d.annotations?.['vnd.docker.reference.type']
  )
}
