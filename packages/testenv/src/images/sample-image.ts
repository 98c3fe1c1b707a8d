import { createHash, randomBytes } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { hostileTarGz, type TarMember } from '../releases/hostile-archives.ts'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const digestOf = (data: Buffer): string =>
  `sha256:${createHash('sha256').update(data).digest('hex')}`

/** A small single-layer OCI image as bytes: what tests and the demo push and sign. */
export interface SampleImage {
  /** The config and layer blobs. */
  blobs: { digest: string; data: Buffer }[]
  manifest: Buffer
  mediaType: typeof OCI_MANIFEST
  digest: string
}

/** Builds a sample image; its layer holds `layerText`, or random bytes so every image differs. */
export function sampleImage(options: { layerText?: string } = {}): SampleImage {
  const config = Buffer.from(
    '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}'
  )
  const layer = options.layerText === undefined ? randomBytes(1024) : Buffer.from(options.layerText)
  return singleLayerImage({
    config,
    layer,
    layerMediaType: 'application/vnd.oci.image.layer.v1.tar'
  })
}

/**
 * A single-layer OCI image whose layer is a real gzipped tar of `files` (path → content; mode
 * 755), with the config's diff_ids naming it: an image SBOM catalogers and `syft` can read.
 */
export function sampleImageWithFiles(options: {
  files: Record<string, Buffer | string>
  platform?: { os: string; architecture: string }
}): SampleImage {
  const members: TarMember[] = Object.entries(options.files).map(([name, content]) => ({
    name: name.replace(/^\/+/, ''),
    content
  }))
  const layer = hostileTarGz({ members })
  const { os, architecture } = options.platform ?? { os: 'linux', architecture: 'amd64' }
  const config = Buffer.from(
    JSON.stringify({
      architecture,
      os,
      rootfs: { type: 'layers', diff_ids: [digestOf(gunzipSync(layer))] }
    })
  )
  return singleLayerImage({
    config,
    layer,
    layerMediaType: 'application/vnd.oci.image.layer.v1.tar+gzip'
  })
}

/** The image of one config and one layer blob. */
function singleLayerImage(options: {
  config: Buffer
  layer: Buffer
  layerMediaType: string
}): SampleImage {
  const { config, layer } = options
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: digestOf(config),
        size: config.length
      },
      layers: [{ mediaType: options.layerMediaType, digest: digestOf(layer), size: layer.length }]
    })
  )
  return {
    blobs: [config, layer].map(data => ({ digest: digestOf(data), data })),
    manifest,
    mediaType: OCI_MANIFEST,
    digest: digestOf(manifest)
  }
}
