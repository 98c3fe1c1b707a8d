import type { Descriptor } from '../descriptor.ts'
import { REF_NAME } from './paths.ts'

/** The tag an index.json entry carries, if any. */
export function refNameOf(entry: Descriptor): string | undefined {
  return entry.annotations?.[REF_NAME]
}

/** The entry a tag names; when several do, the last one, as oras reads it. */
export function findTagged(options: {
  entries: Descriptor[]
  tag: string
}): Descriptor | undefined {
  return options.entries.findLast(entry => refNameOf(entry) === options.tag)
}

export interface PlaceManifestOptions {
  entries: Descriptor[]
  /** The manifest to list. */
  descriptor: Descriptor
  /** The tag to give it: taken from whichever entry had it. */
  tag?: string
  /**
   * What happens to a manifest that loses the tag: `keep` lists it on without a ref name (what
   * oras does, so it stays reachable); `drop` removes it (a superseded referrers tag index).
   */
  previous: 'keep' | 'drop'
}

/**
 * index.json's entries after listing a manifest, the way oras-go's layout store saves them: one
 * entry per tag (ref-name annotation), and one entry without a ref name for each manifest that
 * has no tag. Existing entries keep their place; the new one goes last.
 */
export function placeManifest(options: PlaceManifestOptions): Descriptor[] {
  const { entries, descriptor, tag } = options
  const listed: Descriptor = {
    mediaType: descriptor.mediaType,
    digest: descriptor.digest,
    size: descriptor.size
  }
  if (tag === undefined) {
    return entries.some(entry => entry.digest === listed.digest) ? entries : [...entries, listed]
  }
  const kept: Descriptor[] = []
  for (const entry of entries) {
    if (refNameOf(entry) !== tag) kept.push(entry)
    else if (options.previous === 'keep') kept.push(withoutRefName(entry))
  }
  kept.push({ ...listed, annotations: { [REF_NAME]: tag } })
  return withoutRedundantUntagged(kept)
}

/** Drops an untagged entry when its manifest is listed under a tag or already listed untagged. */
function withoutRedundantUntagged(entries: Descriptor[]): Descriptor[] {
  const tagged = new Set(entries.filter(entry => refNameOf(entry) !== undefined).map(e => e.digest))
  const untagged = new Set<string>()
  return entries.filter(entry => {
    if (refNameOf(entry) !== undefined) return true
    if (tagged.has(entry.digest) || untagged.has(entry.digest)) return false
    untagged.add(entry.digest)
    return true
  })
}

function withoutRefName(entry: Descriptor): Descriptor {
  const annotations = { ...entry.annotations }
  delete annotations[REF_NAME]
  const result: Descriptor = { ...entry }
  delete result.annotations
  if (Object.keys(annotations).length > 0) result.annotations = annotations
  return result
}
