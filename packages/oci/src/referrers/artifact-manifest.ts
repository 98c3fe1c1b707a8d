import type { Descriptor, ImageManifest } from '../descriptor.ts'
import { EMPTY_CONFIG, EMPTY_CONFIG_BYTES, OCI_MANIFEST } from '../media-types.ts'
import { sha256Digest } from '../reference/digest.ts'
import type { AttachRequest } from '../store.ts'

/** An artifact ready to store: its manifest, the blobs it needs, and its referrer descriptor. */
export interface ArtifactManifest {
  manifest: ImageManifest
  bytes: Buffer
  /** The config and layer blobs, each with its digest and role. */
  blobs: { digest: string; data: Uint8Array; role: 'config' | 'layer' }[]
  /** The manifest's descriptor as a referrers list shows it: with artifactType and annotations. */
  descriptor: Descriptor
}

/**
 * Builds the OCI 1.1 artifact manifest of an attach request — the empty `{}` config unless one is
 * given, the layers, the subject and the annotations — the same for registries and layouts.
 */
export function buildArtifactManifest(request: AttachRequest): ArtifactManifest {
  const { subject } = request
  const configData = request.config?.data ?? EMPTY_CONFIG_BYTES
  const config: Descriptor = request.config
    ? {
        mediaType: request.config.mediaType,
        digest: sha256Digest(configData),
        size: configData.byteLength,
        ...(request.config.artifactType ? { artifactType: request.config.artifactType } : {})
      }
    : { ...EMPTY_CONFIG }
  const layers: Descriptor[] = request.layers.map(layer => ({
    mediaType: layer.mediaType,
    digest: sha256Digest(layer.data),
    size: layer.data.byteLength,
    ...(layer.annotations ? { annotations: layer.annotations } : {})
  }))
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: request.artifactType,
    config,
    layers,
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...(request.annotations ? { annotations: request.annotations } : {})
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  return {
    manifest,
    bytes,
    blobs: [
      { digest: config.digest, data: configData, role: 'config' as const },
      ...request.layers.map((layer, i) => ({
        digest: layers[i]!.digest,
        data: layer.data,
        role: 'layer' as const
      }))
    ],
    descriptor: {
      mediaType: OCI_MANIFEST,
      digest: sha256Digest(bytes),
      size: bytes.byteLength,
      artifactType: request.artifactType,
      ...(request.annotations ? { annotations: request.annotations } : {})
    }
  }
}
