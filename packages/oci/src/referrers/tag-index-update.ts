import type { Descriptor } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import type { RegistryClient } from '../registry/client.ts'
import { manifestExists } from '../registry/manifest-resolve.ts'
import { describeRepository, type Repository } from '../registry/repository.ts'
import { readSteadily, settle } from './tag-index-reads.ts'
import { dropSuperseded, writeTagIndex } from './tag-index-write.ts'
import { referrersTag, type TagIndex } from './tag-schema.ts'
import { jitter } from './transient.ts'

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
 * an ETag (a registry that honours it answers 412 and we re-read), and (3) reads again after
 * a window of four times the slowest read-to-write it measured itself (at least `minSettleMs`),
 * and starts over until the index has stayed the same revision, with all those entries, for
 * that window. Another writer on a similar path can then only drop an entry if its own
 * read-to-write took four times longer than ours ever did.
 * Uncontended, that is one read, one write and one settling read. Superseded index manifests
 * are deleted best-effort afterwards.
 */
export async function updateTagIndex(options: TagIndexUpdateOptions): Promise<TagIndex> {
  const { client, repo, subjectDigest } = options
  const minSettleMs = options.minSettleMs ?? 200
  let slowestMs = 0
  let readAt = Date.now()
  const seen = new Map<string, Descriptor>()
  const written = new Set<string>()
  for (const d of options.add) seen.set(d.digest, d)
  let current = await readSteadily({ client, repo, subjectDigest })
  for (let writes = 0; ;) {
    const restorable = await entriesToRestore({ client, repo, current, seen, ours: options.add })
    if (restorable.length === 0) {
      const settled = await settle({
        client,
        repo,
        subjectDigest,
        index: current,
        windowMs: Math.max(minSettleMs, 4 * slowestMs)
      })
      if (settled.stable) {
        await dropSuperseded({ client, repo, keep: settled.index?.digest, written })
        return settled.index as TagIndex
      }
      readAt = Date.now()
      current = settled.index
      continue
    }
    if (++writes > (options.maxWrites ?? 30)) {
      throw new OciError({
        code: 'CONFLICT',
        message: `could not update the referrers tag ${referrersTag(subjectDigest)} of ${describeRepository(repo)}: other writers kept changing it`
      })
    }
    const wrote = await writeTagIndex({
      client,
      repo,
      subjectDigest,
      current,
      add: restorable,
      written
    })
    if (wrote) {
      // What we wrote is what the tag holds now, as far as we know: settle on it, no re-read.
      slowestMs = Math.max(slowestMs, Date.now() - readAt)
      current = wrote
      continue
    }
    await jitter(25, 75)
    readAt = Date.now()
    current = await readSteadily({ client, repo, subjectDigest })
  }
}

/** Options of {@link entriesToRestore}. */
interface EntriesToRestoreOptions {
  client: RegistryClient
  repo: Repository
  /** The index as last read. */
  current: TagIndex | undefined
  /** Every entry this writer has seen in the index, and its own: updated here. */
  seen: Map<string, Descriptor>
  /** This writer's own entries. */
  ours: Descriptor[]
}

/**
 * The seen entries that `current` lacks and whose manifests still exist. Remembers `current`'s
 * entries, and forgets those whose manifests were deleted.
 */
async function entriesToRestore(options: EntriesToRestoreOptions): Promise<Descriptor[]> {
  const { client, repo, current, seen } = options
  for (const d of current?.manifests ?? []) if (!seen.has(d.digest)) seen.set(d.digest, d)
  const present = new Set((current?.manifests ?? []).map(d => d.digest))
  const missing = [...seen.values()].filter(d => !present.has(d.digest))
  const restorable = await withoutDeleted({ client, repo, candidates: missing, ours: options.ours })
  for (const gone of missing.filter(d => !restorable.includes(d))) seen.delete(gone.digest)
  return restorable
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
