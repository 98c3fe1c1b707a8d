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
  /** The index as last read or written. */
  index: TagIndex | undefined
  windowMs: number
}

/**
 * Waits `windowMs` (and a little jitter) and reads once more: stable when the tag still points at
 * the same revision. One read proves it: every revision carries a unique annotation
 * (encodeTagIndex), so no writer can have replaced the index and put the same bytes back.
 */
export async function settle(
  options: SettleOptions
): Promise<{ stable: boolean; index: TagIndex | undefined }> {
  await jitter(options.windowMs, options.windowMs * 1.25)
  const again = await readSteadily(options)
  return again?.digest === options.index?.digest
    ? { stable: true, index: options.index }
    : { stable: false, index: again }
}
