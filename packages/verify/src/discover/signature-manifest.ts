import type { ContentStore, Descriptor } from '@sign/oci'
import { MAX_MANIFEST_BYTES, describeSize } from './limits.ts'
import { ARTIFACT_MANIFEST } from './media-types.ts'
import { UnreadableArtifact } from './unreadable.ts'

/** A signature manifest as read: the fields discovery needs, checked for their JSON types. */
export interface SignatureManifest {
  /** The manifest itself: media type, digest and size of the bytes read. */
  descriptor: Descriptor
  artifactType: string | undefined
  config: Descriptor | undefined
  /** `layers` of an image manifest, `blobs` of an OCI 1.1-rc artifact manifest. */
  layers: Descriptor[]
  subject: Descriptor | undefined
  annotations: Record<string, string>
}

/** Options of {@link readSignatureManifest}. */
export interface ReadSignatureManifestOptions {
  store: ContentStore
  /** A digest (a listed referrer) or a tag (a legacy cosign tag). */
  reference: string
  /** The size the referrers list gave, checked against the limit before fetching. */
  listedSize?: number
}

/**
 * Fetches a signature manifest (never a blob) and reads it: at most 4 MiB, JSON, an image
 * manifest or artifact manifest whose layers are descriptors. Undefined when absent; an
 * UnreadableArtifact saying what is wrong when it is not a readable manifest.
 */
export async function readSignatureManifest(
  options: ReadSignatureManifestOptions
): Promise<SignatureManifest | undefined> {
  const { store, reference, listedSize } = options
  const limit = describeSize(MAX_MANIFEST_BYTES)
  if (listedSize !== undefined && listedSize > MAX_MANIFEST_BYTES) {
    throw new UnreadableArtifact(
      `the manifest ${reference} is listed with ${listedSize} bytes, over the ${limit} limit of a signature manifest`
    )
  }
  const fetched = await store.fetchManifest(reference)
  if (!fetched) return undefined
  const size = fetched.bytes.byteLength
  if (size > MAX_MANIFEST_BYTES) {
    throw new UnreadableArtifact(
      `the manifest ${fetched.digest} has ${size} bytes, over the ${limit} limit of a signature manifest`,
      { manifest: { mediaType: fetched.mediaType, digest: fetched.digest, size } }
    )
  }
  const fetchedAs: Descriptor = { mediaType: fetched.mediaType, digest: fetched.digest, size }
  let parsed: unknown
  try {
    parsed = JSON.parse(fetched.bytes.toString()) as unknown
  } catch (cause) {
    const reason = `the manifest ${fetched.digest} is not JSON`
    throw new UnreadableArtifact(reason, { cause, manifest: fetchedAs })
  }
  if (!isObject(parsed)) {
    const reason = `the manifest ${fetched.digest} is not a JSON object`
    throw new UnreadableArtifact(reason, { manifest: fetchedAs })
  }
  const mediaType =
    fetched.mediaType || (typeof parsed.mediaType === 'string' ? parsed.mediaType : '')
  const descriptor: Descriptor = { mediaType, digest: fetched.digest, size }
  const layers = mediaType === ARTIFACT_MANIFEST ? parsed.blobs : parsed.layers
  if (!Array.isArray(layers) || !layers.every(isDescriptor)) {
    throw new UnreadableArtifact(
      `the manifest ${fetched.digest} (${mediaType || 'no media type'}) has no ${mediaType === ARTIFACT_MANIFEST ? 'blobs' : 'layers'} list of descriptors, so it is not a signature manifest`,
      { manifest: descriptor }
    )
  }
  const annotations = isObject(parsed.annotations) ? parsed.annotations : {}
  return {
    descriptor,
    artifactType: typeof parsed.artifactType === 'string' ? parsed.artifactType : undefined,
    config: isDescriptor(parsed.config) ? parsed.config : undefined,
    layers,
    subject: isDescriptor(parsed.subject) ? parsed.subject : undefined,
    annotations: Object.fromEntries(
      Object.entries(annotations).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string'
      )
    )
  }
}

/** A descriptor with a string media type and digest and a non-negative integer size. */
function isDescriptor(value: unknown): value is Descriptor {
  return (
    isObject(value) &&
    typeof value.mediaType === 'string' &&
    typeof value.digest === 'string' &&
    typeof value.size === 'number' &&
    Number.isSafeInteger(value.size) &&
    value.size >= 0
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
