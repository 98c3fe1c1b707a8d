import {
  DOCKER_MANIFEST,
  OCI_MANIFEST,
  fetchBlob,
  fetchManifest,
  pushBlob,
  putManifest,
  sha256Digest,
  type Descriptor,
  type ImageManifest,
  type RegistryClient,
  type Repository
} from '@sign/oci'
import { SigstoreError } from '../errors.ts'
import { goJson } from './go-json.ts'

const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'
/** What go-containerregistry writes for a zero time.Time (empty.Image's created, each history). */
const ZERO_TIME = '0001-01-01T00:00:00Z'

/** An image config: the fields appending touches; the others are kept as they are. */
interface SignatureConfig {
  [field: string]: unknown
  rootfs: { type: string; diff_ids: string[] }
  history?: unknown[]
}

/** The signature image at a `.sig` tag as read, or the empty one cosign starts from. */
export interface SignatureImage {
  tag: string
  manifest: ImageManifest | undefined
  mediaType: string
  config: SignatureConfig
  /** The registry's ETag of the manifest read, for a conditional write. */
  etag: string | undefined
}

interface Location {
  client: RegistryClient
  repo: Repository
}

/**
 * Reads the signature image at `tag`, or starts go-containerregistry's `empty.Signatures()`
 * (an OCI manifest, an image config with no layers) when the tag is absent. Anything else at the
 * tag is refused, so nothing is signed that could not be stored.
 */
export async function readSignatureImage(
  options: Location & { tag: string }
): Promise<SignatureImage> {
  const { client, repo, tag } = options
  const existing = await fetchManifest({ client, repo, reference: tag })
  if (!existing) {
    return {
      tag,
      manifest: undefined,
      mediaType: OCI_MANIFEST,
      config: emptyConfig(),
      etag: undefined
    }
  }
  const manifest = parseJson(existing.bytes) as Partial<ImageManifest> | undefined
  const imageType = existing.mediaType === OCI_MANIFEST || existing.mediaType === DOCKER_MANIFEST
  if (!imageType || !manifest?.config || !Array.isArray(manifest.layers)) {
    throw notASignatureImage(tag, `a ${existing.mediaType || 'manifest of no known type'}`)
  }
  const config = parseJson(await fetchBlob({ client, repo, digest: manifest.config.digest })) as
    Partial<SignatureConfig> | undefined
  if (!Array.isArray(config?.rootfs?.diff_ids)) {
    throw notASignatureImage(tag, 'an image whose config has no rootfs.diff_ids')
  }
  return {
    tag,
    manifest: manifest as ImageManifest,
    mediaType: existing.mediaType,
    config: config as SignatureConfig,
    etag: existing.etag
  }
}

/**
 * Appends one layer to a signature image read by readSignatureImage and writes it back to its
 * tag, as cosign does with go-containerregistry's `mutate.Append`: the layer's digest joins the
 * config's `rootfs.diff_ids` (a static layer's diff_id is its digest) with a zero-time history
 * entry, the config is rewritten, and the manifest lists the layer with its annotations. This is
 * a read-modify-write of a tag, like cosign's: the PUT carries If-Match with the ETag read, so a
 * registry that honours it refuses a stale write, but on one that ignores it (distribution 2.8)
 * two writers at the same moment can lose one layer. Returns the manifest and its layer count.
 */
export async function appendSignatureLayer(
  options: Location & {
    image: SignatureImage
    layer: { mediaType: string; data: Buffer; annotations: Record<string, string> }
  }
): Promise<{ descriptor: Descriptor; layers: number }> {
  const { client, repo, image, layer } = options
  const layerDigest = sha256Digest(layer.data)
  const config: SignatureConfig = {
    ...image.config,
    rootfs: { ...image.config.rootfs, diff_ids: [...image.config.rootfs.diff_ids, layerDigest] },
    history: [...(image.config.history ?? []), { created: ZERO_TIME }]
  }
  const configBytes = Buffer.from(goJson(config))
  const configDigest = sha256Digest(configBytes)
  const manifest: ImageManifest = {
    ...(image.manifest ?? { schemaVersion: 2, mediaType: OCI_MANIFEST }),
    config: {
      mediaType: image.manifest?.config.mediaType ?? OCI_CONFIG,
      size: configBytes.byteLength,
      digest: configDigest
    },
    layers: [
      ...(image.manifest?.layers ?? []),
      {
        mediaType: layer.mediaType,
        size: layer.data.byteLength,
        digest: layerDigest,
        annotations: layer.annotations
      }
    ]
  }
  await pushBlob({ client, repo, digest: layerDigest, content: layer.data })
  await pushBlob({ client, repo, digest: configDigest, content: configBytes })
  const { descriptor } = await putManifest({
    client,
    repo,
    reference: image.tag,
    bytes: Buffer.from(goJson(manifest)),
    mediaType: image.mediaType,
    ...(image.etag ? { ifMatch: image.etag } : {})
  })
  return { descriptor, layers: manifest.layers.length }
}

/** go-containerregistry's empty image config, in its struct-field order. */
const emptyConfig = (): SignatureConfig => ({
  architecture: '',
  created: ZERO_TIME,
  history: [],
  os: '',
  rootfs: { type: 'layers', diff_ids: [] },
  config: {}
})

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString()) as unknown
  } catch {
    return undefined
  }
}

const notASignatureImage = (tag: string, what: string) =>
  new SigstoreError({
    code: 'STORAGE_FAILED',
    message: `the tag ${tag} holds ${what}, not a cosign signature image; delete that tag (or sign into another repository), then sign again`
  })
