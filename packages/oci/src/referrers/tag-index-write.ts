import type { Descriptor } from '../descriptor.ts'
import type { OciError } from '../errors.ts'
import { OCI_INDEX } from '../media-types.ts'
import { digestOf } from '../reference/digest.ts'
import type { RegistryClient } from '../registry/client.ts'
import { deleteManifest } from '../registry/manifest-delete.ts'
import { putManifest } from '../registry/manifest-put.ts'
import { describeRepository, type Repository } from '../registry/repository.ts'
import { encodeTagIndex, referrersTag, type TagIndex } from './tag-schema.ts'
import { isTransient } from './transient.ts'

/** Options of {@link writeTagIndex}. */
export interface WriteTagIndexOptions {
  client: RegistryClient
  repo: Repository
  subjectDigest: string
  /** The index as last read; absent when the tag is. */
  current: TagIndex | undefined
  /** Entries to add to it. */
  add: Descriptor[]
  /** The index manifests this writer wrote or replaced: it deletes them once it is done. */
  written: Set<string>
}

/**
 * Writes the index with `add` appended, with If-Match when the read gave an ETag. A transient
 * failure is no error here (the caller reads again); returns the index written, or undefined
 * when the write was not accepted.
 */
export async function writeTagIndex(options: WriteTagIndexOptions): Promise<TagIndex | undefined> {
  const { client, repo, current, written } = options
  const manifests = [...(current?.manifests ?? []), ...options.add]
  const bytes = encodeTagIndex(manifests)
  try {
    const { descriptor } = await putManifest({
      client,
      repo,
      reference: referrersTag(options.subjectDigest),
      bytes,
      mediaType: OCI_INDEX,
      ...(current?.etag ? { ifMatch: current.etag } : {}),
      recoverLost: false
    })
    written.add(descriptor.digest)
    if (current) written.add(current.digest)
    return { manifests, digest: descriptor.digest, etag: undefined }
  } catch (error) {
    // A write that failed changed nothing we rely on: re-read and check again.
    if (!isTransient(error)) throw error
    if ((error as OciError).code === 'NETWORK_ERROR') {
      // It may have landed all the same: what it wrote and replaced are ours to clean up.
      written.add(digestOf(bytes, 'sha256'))
      if (current) written.add(current.digest)
    }
    client.logger?.debug(`referrers index write raced another writer: ${(error as Error).message}`)
    return undefined
  }
}

/** Options of {@link dropSuperseded}. */
export interface DropSupersededOptions {
  client: RegistryClient
  repo: Repository
  /** The index the tag points at now. */
  keep: string | undefined
  written: Set<string>
}

/** Deletes the index manifests this writer replaced, unless the tag points at one. */
export async function dropSuperseded(options: DropSupersededOptions): Promise<void> {
  for (const digest of options.written) {
    if (digest === options.keep) continue
    try {
      await deleteManifest({ client: options.client, repo: options.repo, reference: digest })
    } catch (error) {
      options.client.logger?.warning(
        `could not delete the superseded referrers index ${digest} in ${describeRepository(options.repo)}: ${(error as Error).message}`
      )
    }
  }
}
