import type { OciError } from '../errors.ts'
import type { RegistryClient } from '../registry/client.ts'
import type { Repository } from '../registry/repository.ts'
import { readTagIndex, type TagIndex } from './tag-schema.ts'
import { isTransient, jitter } from './transient.ts'

/** Options of {@link readSteadily}. */
export interface ReadSteadilyOptions {
  client: RegistryClient
  repo: Repository
  subjectDigest: string
}

/** Reads the tag index, retrying reads that met another writer's half-written revision. */
export async function readSteadily(options: ReadSteadilyOptions): Promise<TagIndex | undefined> {
  for (let tries = 1; ; tries++) {
    try {
      return await readTagIndex(options)
    } catch (error) {
      if (tries >= 8 || !isTransient(error) || (error as OciError).status === 400) throw error
      await jitter(20, 60 * tries)
    }
  }
}

/** Options of {@link settle}. */
export interface SettleOptions extends ReadSteadilyOptions {
  /** The index as last read. */
  index: TagIndex | undefined
  windowMs: number
}

/** Re-reads until the index stays the same for `windowMs`; unstable as soon as it changes. */
export async function settle(
  options: SettleOptions
): Promise<{ stable: boolean; index: TagIndex | undefined }> {
  const until = Date.now() + options.windowMs
  while (Date.now() < until) {
    await jitter(options.windowMs / 4, options.windowMs / 2)
    const again = await readSteadily(options)
    if (again?.digest !== options.index?.digest) return { stable: false, index: again }
  }
  return { stable: true, index: options.index }
}
