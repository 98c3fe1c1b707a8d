import { isIndexMediaType, platformManifests, type Descriptor, type ImageManifest } from '@sign/oci'
import { CatalogError } from '../archive/catalog-error.ts'
import type { ImageSource } from './image-source.ts'

/** The most bytes of an image config read. */
const MAX_CONFIG_BYTES = 8 * 1024 * 1024
/** The most layers one image may have (container runtimes stop at 127; 1000 leaves room). */
const MAX_LAYERS = 1000

/** One platform's image: its manifest, layers with their diffIDs, and the platform. */
export interface PlatformImage {
  /** The platform manifest's digest (what an SBOM of this image describes). */
  digest: string
  manifest: ImageManifest
  /** Lowest first, each with the diffID the config gives it. */
  layers: { descriptor: Descriptor; diffId: string }[]
  /** `os/architecture[/variant]`. */
  platform: string
}

/**
 * Resolves `reference` (tag or digest) to one platform's image: a single-platform manifest as it
 * is, an index through the entry for `platform` (`linux/arm64`, `linux/arm/v7`; default the only
 * entry, else `linux/amd64`). The config must list one diffID per layer.
 */
export async function resolvePlatformImage(options: {
  source: ImageSource
  reference: string
  platform?: string
}): Promise<PlatformImage> {
  const { source, reference } = options
  const invalid = (reason: string): CatalogError =>
    new CatalogError({ code: 'INVALID_IMAGE', source: `${source.location}@${reference}`, reason })
  const top = await source.store.fetchManifest(reference)
  if (top === undefined) throw invalid('is not there (no manifest for this reference)')
  let fetched = top
  if (isIndexMediaType(top.mediaType)) {
    const entries = platformManifests(top)
    const wanted = options.platform ?? (entries.length === 1 ? undefined : 'linux/amd64')
    const entry =
      wanted === undefined ? entries[0] : entries.find(item => platformName(item) === wanted)
    if (entry === undefined) {
      throw new CatalogError({
        code: 'PLATFORM_NOT_FOUND',
        source: `${source.location}@${reference}`,
        reason: `has no ${wanted ?? 'platform'} image; it has ${entries.map(platformName).join(', ') || 'none'}`
      })
    }
    const platformManifest = await source.store.fetchManifest(entry.digest)
    if (platformManifest === undefined) throw invalid(`lists ${entry.digest}, which is not there`)
    fetched = platformManifest
  }
  let manifest: ImageManifest
  try {
    manifest = JSON.parse(fetched.bytes.toString('utf8')) as ImageManifest
  } catch (cause) {
    throw invalid(`has a manifest that is not JSON (${(cause as Error).message})`)
  }
  if (!Array.isArray(manifest.layers) || typeof manifest.config?.digest !== 'string') {
    throw invalid('has a manifest without config and layers: it is not an image manifest')
  }
  if (manifest.layers.length > MAX_LAYERS) {
    throw invalid(`has ${manifest.layers.length} layers, more than the ${MAX_LAYERS} read`)
  }
  const configBytes = await source.store.fetchBlob(manifest.config.digest, {
    maxBytes: MAX_CONFIG_BYTES
  })
  let config: {
    os?: unknown
    architecture?: unknown
    variant?: unknown
    rootfs?: { diff_ids?: unknown }
  }
  try {
    config = JSON.parse(configBytes.toString('utf8')) as typeof config
  } catch (cause) {
    throw invalid(`has a config that is not JSON (${(cause as Error).message})`)
  }
  const diffIds = config.rootfs?.diff_ids
  if (
    !Array.isArray(diffIds) ||
    diffIds.length !== manifest.layers.length ||
    !diffIds.every(id => typeof id === 'string' && /^sha256:[0-9a-f]{64}$/u.test(id))
  ) {
    throw invalid('has a config whose rootfs.diff_ids do not match its layers one to one')
  }
  const platform = [config.os, config.architecture, config.variant]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('/')
  return {
    digest: fetched.digest,
    manifest,
    layers: manifest.layers.map((descriptor, index) => ({
      descriptor,
      diffId: diffIds[index] as string
    })),
    platform
  }
}

function platformName(descriptor: Descriptor): string {
  const platform = descriptor.platform
  if (platform === undefined) return 'unknown'
  return [platform.os, platform.architecture, platform.variant]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('/')
}
