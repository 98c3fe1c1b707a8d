import type { Descriptor, ImageManifest } from './descriptor.ts'
import type { ReferrersSource } from './referrers/list.ts'
import type { FetchedManifest } from './registry/manifest-fetch.ts'
import type { BlobSource } from './registry/upload.ts'

/** Options of {@link ContentStore.fetchBlob}. */
export interface FetchBlobOptions {
  /** The most bytes read: a longer blob is refused while it is read, never buffered whole. */
  maxBytes?: number
}

/** One layer of an artifact: its bytes, media type and layer annotations. */
export interface ArtifactLayer {
  mediaType: string
  data: Uint8Array
  annotations?: Record<string, string>
}

/** What attaching needs besides the store itself. */
export interface AttachRequest {
  /** The manifest the artifact refers to. */
  subject: Descriptor
  artifactType: string
  layers: ArtifactLayer[]
  annotations?: Record<string, string>
  /**
   * A config blob other than the empty `{}` (e.g. for the legacy notation manifest form), and the
   * artifactType its descriptor carries (cosign's bundle referrers put one there).
   */
  config?: { mediaType: string; data: Uint8Array; artifactType?: string }
  /** Always maintain the tag schema, even where the referrers API would index it. */
  forceTagSchema?: boolean
}

export interface AttachResult {
  /** The referrer manifest. */
  descriptor: Descriptor
  manifest: ImageManifest
  /** Whether the registry indexed it (referrers API) or we updated the tag schema. */
  indexedBy: ReferrersSource
}

/**
 * One place content lives — a repository on a registry, or an OCI image layout directory — with
 * the operations signing and verification need. Manifests keep their exact bytes.
 */
export interface ContentStore {
  /** `ghcr.io/org/app`, or `oci-layout:/path/to/dir`. */
  readonly location: string
  /** A tag or digest → its descriptor (a tag is resolved once, here). */
  resolve(reference: string): Promise<Descriptor>
  /** A manifest by tag or digest; undefined when absent. */
  fetchManifest(reference: string): Promise<FetchedManifest | undefined>
  /** Stores a manifest's bytes under its digest, and under `tag` when given. */
  pushManifest(options: { bytes: Uint8Array; mediaType: string; tag?: string }): Promise<Descriptor>
  blobExists(digest: string): Promise<boolean>
  /** A blob's bytes, verified against the digest; over `maxBytes` (when given) is TOO_LARGE. */
  fetchBlob(digest: string, options?: FetchBlobOptions): Promise<Buffer>
  pushBlob(options: { digest: string; content: BlobSource }): Promise<void>
  /** Every referrer of a subject (optionally of one artifact type), and where the list came from. */
  listReferrers(options: {
    subjectDigest: string
    artifactType?: string
  }): Promise<{ referrers: Descriptor[]; source: ReferrersSource }>
  /** Attaches an artifact to a subject as a referrer. */
  attach(request: AttachRequest): Promise<AttachResult>
}
