import type { Descriptor } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import { OCI_INDEX } from '../media-types.ts'
import { digestOf } from '../reference/digest.ts'
import type { RegistryClient } from '../registry/client.ts'
import { deleteManifest } from '../registry/manifest-delete.ts'
import { putManifest } from '../registry/manifest-put.ts'
import { manifestExists } from '../registry/manifest-resolve.ts'
import { describeRepository, type Repository } from '../registry/repository.ts'
import { encodeTagIndex, readTagIndex, referrersTag, type TagIndex } from './tag-schema.ts'

export interface TagIndexUpdateOptions {
  client: RegistryClient
  repo: Repository
  subjectDigest: string
  /** Referrers this writer adds. */
  add: Descriptor[]
  /**
   * The shortest time the index must stay unchanged, with every entry in it, before we trust it
   * (default 200 ms). The window grows to four times the slowest read-to-write this writer saw.
   */
  minSettleMs?: number
  /** Write attempts before giving up (default 30). */
  maxWrites?: number
}

/**
 * Adds referrers to the tag-schema index without losing anyone's entry.
 *
 * The tag is a read-modify-write register and registries offer no reliable compare-and-swap:
 * distribution 2.8 sends an ETag but ignores If-Match on PUT. So every writer (1) merges into
 * what it reads every entry it has ever seen there, restoring entries another writer's stale
 * write dropped (as long as their manifests still exist), (2) writes with If-Match when it has
 * an ETag (a registry that honours it answers 412 and we re-read), and (3) keeps re-reading
 * with jitter until the index has stayed unchanged, with all those entries, for a window of
 * four times the slowest read-to-write it measured itself (at least `minSettleMs`). Another
 * writer on a similar path can then only drop an entry if its own read-to-write took four
 * times longer than ours ever did.
 * Superseded index manifests are deleted best-effort afterwards.
 */
export async function updateTagIndex(options: TagIndexUpdateOptions): Promise<TagIndex> {
  const { client, repo, subjectDigest } = options
  const minSettleMs = options.minSettleMs ?? 200
  let slowestMs = 0
  let readAt = Date.now()
  const settleWindow = (): number => Math.max(minSettleMs, 4 * slowestMs)
  const seen = new Map<string, Descriptor>()
  const written = new Set<string>()
  for (const d of options.add) seen.set(d.digest, d)
  let current = await readSteadily({ client, repo, subjectDigest })
  for (let writes = 0; ;) {
    for (const d of current?.manifests ?? []) if (!seen.has(d.digest)) seen.set(d.digest, d)
    const present = new Set((current?.manifests ?? []).map(d => d.digest))
    const missing = [...seen.values()].filter(d => !present.has(d.digest))
    const restorable = await withoutDeleted({
      client,
      repo,
      candidates: missing,
      ours: options.add
    })
    for (const gone of missing.filter(d => !restorable.includes(d))) seen.delete(gone.digest)
    if (restorable.length === 0) {
      const settled = await settle({
        client,
        repo,
        subjectDigest,
        index: current,
        windowMs: settleWindow()
      })
      if (settled.stable) {
        await dropSuperseded({ client, repo, keep: settled.index?.digest, written })
        return settled.index as TagIndex
      }
      current = settled.index
      continue
    }
    if (++writes > (options.maxWrites ?? 30)) {
      throw new OciError({
        code: 'CONFLICT',
        message: `could not update the referrers tag ${referrersTag(subjectDigest)} of ${describeRepository(repo)}: other writers kept changing it`
      })
    }
    const bytes = encodeTagIndex([...(current?.manifests ?? []), ...restorable])
    try {
      const { descriptor } = await putManifest({
        client,
        repo,
        reference: referrersTag(subjectDigest),
        bytes,
        mediaType: OCI_INDEX,
        ...(current?.etag ? { ifMatch: current.etag } : {}),
        recoverLost: false
      })
      written.add(descriptor.digest)
      if (current) written.add(current.digest)
      slowestMs = Math.max(slowestMs, Date.now() - readAt)
    } catch (error) {
      // A write that failed changed nothing we rely on: re-read and check again.
      if (!isTransient(error)) throw error
      if ((error as OciError).code === 'NETWORK_ERROR') {
        // It may have landed all the same: what it wrote and replaced are ours to clean up.
        written.add(digestOf(bytes, 'sha256'))
        if (current) written.add(current.digest)
      }
      client.logger?.debug(
        `referrers index write raced another writer: ${(error as Error).message}`
      )
    }
    await jitter(25, 75)
    readAt = Date.now()
    current = await readSteadily({ client, repo, subjectDigest })
  }
}

/** Keeps the candidates whose manifests still exist (ours always do: we just pushed them). */
async function withoutDeleted(options: {
  client: RegistryClient
  repo: Repository
  candidates: Descriptor[]
  ours: Descriptor[]
}): Promise<Descriptor[]> {
  const ours = new Set(options.ours.map(d => d.digest))
  const kept: Descriptor[] = []
  for (const d of options.candidates) {
    if (
      ours.has(d.digest) ||
      (await manifestExists({ client: options.client, repo: options.repo, reference: d.digest }))
    )
      kept.push(d)
  }
  return kept
}

/** Re-reads until the index stays the same for `windowMs`; unstable as soon as it changes. */
async function settle(options: {
  client: RegistryClient
  repo: Repository
  subjectDigest: string
  index: TagIndex | undefined
  windowMs: number
}): Promise<{ stable: boolean; index: TagIndex | undefined }> {
  const until = Date.now() + options.windowMs
  while (Date.now() < until) {
    await jitter(options.windowMs / 4, options.windowMs / 2)
    const again = await readSteadily(options)
    if (again?.digest !== options.index?.digest) return { stable: false, index: again }
  }
  return { stable: true, index: options.index }
}

/** Deletes the index manifests this writer replaced, unless the tag points at one. */
async function dropSuperseded(options: {
  client: RegistryClient
  repo: Repository
  keep: string | undefined
  written: Set<string>
}): Promise<void> {
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

/**
 * Conflicting writes (412), what a registry that writes non-atomically answers while another
 * writer replaces the same tag (400 DIGEST_INVALID, 5xx), and a write whose outcome is unknown
 * (the connection lost, 429 after every retry) are worth another read.
 */
function isTransient(error: unknown): boolean {
  if (!(error instanceof OciError)) return false
  return (
    error.code === 'CONFLICT' ||
    error.code === 'NETWORK_ERROR' ||
    error.status === 400 ||
    error.status === 429 ||
    (error.status ?? 0) >= 500
  )
}

/** Reads the tag index, retrying reads that met another writer's half-written revision. */
async function readSteadily(options: {
  client: RegistryClient
  repo: Repository
  subjectDigest: string
}): Promise<TagIndex | undefined> {
  for (let tries = 1; ; tries++) {
    try {
      return await readTagIndex(options)
    } catch (error) {
      if (tries >= 8 || !isTransient(error) || (error as OciError).status === 400) throw error
      await jitter(20, 60 * tries)
    }
  }
}

async function jitter(minMs: number, maxMs: number): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, minMs + Math.random() * (maxMs - minMs)))
}
