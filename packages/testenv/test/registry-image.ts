// A minimal OCI image (config + one layer) for the registry smoke test, and its push.
import { randomBytes } from 'node:crypto'
import { OCI_MANIFEST, sha256Digest, type RegistryClient } from './registry-client.ts'

export interface TestImage {
  config: Buffer
  layer: Buffer
  /** The manifest exactly as pushed: pretty-printed, so a re-serialising registry would show. */
  manifest: Buffer
}

/** A fresh image: random layer bytes, so every call has new digests. */
export function testImage(): TestImage {
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } })
  )
  const layer = randomBytes(1024)
  const descriptor = (mediaType: string, data: Buffer) => ({
    mediaType,
    digest: sha256Digest(data),
    size: data.length
  })
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: descriptor('application/vnd.oci.image.config.v1+json', config),
    layers: [descriptor('application/vnd.oci.image.layer.v1.tar+gzip', layer)]
  }
  return { config, layer, manifest: Buffer.from(JSON.stringify(manifest, null, 2)) }
}

/** Pushes the blobs, then the manifest by `tag`; returns the registry's Docker-Content-Digest. */
export async function pushTestImage(options: {
  client: RegistryClient
  repository: string
  tag: string
  image: TestImage
}): Promise<string> {
  const { client, repository, image } = options
  await client.pushBlob({ repository, data: image.config })
  await client.pushBlob({ repository, data: image.layer })
  return client.pushManifest({ repository, reference: options.tag, data: image.manifest })
}
