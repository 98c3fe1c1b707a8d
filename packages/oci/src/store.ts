import type { Descriptor } from './descriptor.ts'
import type { AttachOptions, AttachResult } from './referrers/attach.ts'
import type { ReferrersSource } from './referrers/list.ts'
import type { FetchedManifest } from './registry/manifest-fetch.ts'
import type { BlobSource } from './registry/upload.ts'

/** Options of {@link ContentStore.fetchBlob}. */
export interface FetchBlobOptions {
  /** The most bytes read: a longer blob is refused while it is read, never buffered whole. */
  maxBytes?: number
}

/** What attaching needs besides the store itself. */
export type AttachRequest = Omit<AttachOptions, 'client' | 'repo'>

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
