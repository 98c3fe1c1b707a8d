import type { Descriptor } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import { OCI_INDEX, OCI_MANIFEST } from '../media-types.ts'
import { parseDigest } from '../reference/digest.ts'
import type { ReferrersSource } from '../referrers/list.ts'
import { readListedBlob } from './blobs.ts'
import { readIndexFile } from './index-file.ts'
import { MAX_SCANNED_MANIFEST_BYTES } from './limits.ts'
import { readLayoutTagIndex } from './tag-index.ts'

/** What a listed manifest says about itself as a referrer (by digest: it never changes). */
export interface ReferrerFacts {
  size: number
  subjectDigest: string | undefined
  artifactType: string | undefined
  annotations: Record<string, string> | undefined
}

/** Manifest kinds that can carry a `subject` (including the OCI 1.1-rc artifact manifest). */
const SUBJECT_BEARING = new Set([
  OCI_MANIFEST,
  OCI_INDEX,
  'application/vnd.oci.artifact.manifest.v1+json'
])

export interface ListLayoutReferrersOptions {
  root: string
  subjectDigest: string
  artifactType?: string
  /** Facts of manifests read before, by digest; filled as the scan reads more. */
  facts: Map<string, ReferrerFacts>
}

/**
 * Every referrer of a subject in the layout: the manifests index.json lists whose `subject` is
 * the subject (described as the referrers API would: artifactType = the manifest's artifactType,
 * else its config's media type, plus its annotations), merged with the referrers tag-schema
 * index (`sha256-<hex>`) that notation and oras copies leave in layouts.
 *
 * The scan reads the layout's own content, as a registry's referrers API does, so its results
 * are reported as `api`; `tag-schema` means every referrer returned came only from the tag index
 * (its manifest is not listed in index.json).
 */
export async function listLayoutReferrers(
  options: ListLayoutReferrersOptions
): Promise<{ referrers: Descriptor[]; source: ReferrersSource }> {
  const { root, subjectDigest } = options
  parseDigest(subjectDigest)
  const { manifests: entries } = await readIndexFile({ root })
  const scanned = new Map<string, Descriptor>()
  for (const entry of entries) {
    if (scanned.has(entry.digest) || !SUBJECT_BEARING.has(entry.mediaType)) continue
    const facts = await referrerFacts({ root, entry, cache: options.facts })
    if (facts.subjectDigest !== subjectDigest) continue
    scanned.set(entry.digest, {
      mediaType: entry.mediaType,
      digest: entry.digest,
      size: facts.size,
      ...(facts.artifactType !== undefined ? { artifactType: facts.artifactType } : {}),
      ...(facts.annotations !== undefined ? { annotations: facts.annotations } : {})
    })
  }
  const tagged = await readLayoutTagIndex({ root, entries, subjectDigest })
  const onlyTagged = tagged.filter(d => !scanned.has(d.digest))
  const wanted = (d: Descriptor): boolean =>
    options.artifactType === undefined || d.artifactType === options.artifactType
  const fromScan = [...scanned.values()].filter(wanted)
  const fromTag = onlyTagged.filter(wanted)
  const source = fromScan.length === 0 && fromTag.length > 0 ? 'tag-schema' : 'api'
  return { referrers: [...fromScan, ...fromTag], source }
}

async function referrerFacts(options: {
  root: string
  entry: Descriptor
  cache: Map<string, ReferrerFacts>
}): Promise<ReferrerFacts> {
  const { root, entry, cache } = options
  const known = cache.get(entry.digest)
  if (known) return known
  const bytes = await readListedBlob({ root, entry, maxBytes: MAX_SCANNED_MANIFEST_BYTES })
  let manifest: {
    subject?: { digest?: unknown }
    artifactType?: unknown
    config?: { mediaType?: unknown }
    annotations?: Record<string, string>
  } | null
  try {
    manifest = JSON.parse(bytes.toString()) as typeof manifest
  } catch (cause) {
    throw new OciError({
      code: 'INVALID_CONTENT',
      message: `manifest ${entry.digest} listed in the OCI layout ${root} is not JSON; restore its blob or remove its index.json entry`,
      cause
    })
  }
  const artifactType = manifest?.artifactType ?? manifest?.config?.mediaType
  const facts: ReferrerFacts = {
    size: bytes.byteLength,
    subjectDigest:
      typeof manifest?.subject?.digest === 'string' ? manifest.subject.digest : undefined,
    artifactType: typeof artifactType === 'string' ? artifactType : undefined,
    annotations: isObject(manifest?.annotations) ? manifest.annotations : undefined
  }
  cache.set(entry.digest, facts)
  return facts
}

function isObject(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
