import {
  OCI_INDEX,
  OciError,
  createLimiter,
  type ContentStore,
  type Descriptor,
  type Logger,
  type ReferrersSource
} from '@sign/oci'
import { legacyCosignTags } from '@sign/sigstore'
import { readLegacyCosignTag } from './cosign-legacy.ts'
import { DEFAULT_CONCURRENCY } from './limits.ts'
import { readReferrer } from './referrer.ts'
import type { FoundSignature } from './types.ts'

/** Options of {@link discoverSignatures}. */
export interface DiscoverSignaturesOptions {
  /** The repository (or OCI layout) holding the image. */
  store: ContentStore
  /** The image manifest, resolved to its digest. */
  subject: Descriptor
  logger?: Logger
  /** How many signature artifacts are fetched at once (default 8). */
  concurrency?: number
  /**
   * Read SBOM referrers (`application/spdx+json`, `application/vnd.cyclonedx+json`, at most
   * 64 MiB each) as `sbom` results; else they are `other`, listed and never fetched.
   */
  readSboms?: boolean
}

/**
 * Every signature and attestation of an image, read far enough to verify, without pulling the
 * image's layers: its referrers (the referrers API, else the `sha256-<hex>` tag schema; an OCI
 * layout is scanned) — Notary Project signature manifests in both forms, Sigstore bundle
 * referrers, and any other referrer as `other` — then cosign's legacy `sha256-<hex>.sig` and
 * `.att` tags, one result per layer, converted to bundles. Only signature manifests and
 * signature blobs are fetched, a bounded number at once. A signature artifact that cannot be
 * read is `unreadable` with the reason, never thrown, so it hides none of the others; registry,
 * network and authentication failures are thrown (OciError).
 */
export async function discoverSignatures(
  options: DiscoverSignaturesOptions
): Promise<FoundSignature[]> {
  const { store, subject } = options
  const limiter = createLimiter({ concurrency: options.concurrency ?? DEFAULT_CONCURRENCY })
  const listing = await listReferrersOf({ store, subject })
  const unique =
    'unreadable' in listing
      ? []
      : [...new Map(listing.referrers.map(referrer => [referrer.digest, referrer])).values()]
  const via = viaOf(store, listing.source)
  const tags = legacyCosignTags(subject.digest)
  const [fromReferrers, fromSig, fromAtt] = await Promise.all([
    'unreadable' in listing
      ? [listing.unreadable]
      : Promise.all(
          unique.map(referrer =>
            limiter.run(() =>
              readReferrer({ store, subject, referrer, via, readSboms: options.readSboms === true })
            )
          )
        ),
    tags ? readLegacyCosignTag({ store, tag: tags.sig, suffix: 'sig', limiter }) : [],
    tags ? readLegacyCosignTag({ store, tag: tags.att, suffix: 'att', limiter }) : []
  ])
  const found = [...fromReferrers, ...fromSig, ...fromAtt]
  const logger = options.logger
  if (logger) {
    logger.debug(
      `${store.location}@${subject.digest}: ${unique.length} referrer(s) via ${via}, ${fromSig.length} legacy .sig layer(s), ${fromAtt.length} legacy .att layer(s)`
    )
    for (const item of found) {
      if (item.kind === 'unreadable') {
        logger.warning(
          `unreadable ${item.claimed} ${item.manifest.digest} (${item.via}): ${item.reason}`
        )
      } else {
        logger.debug(`found ${item.kind} ${item.manifest.digest} (${item.via})`)
      }
    }
  }
  return found
}

function viaOf(
  store: ContentStore,
  source: ReferrersSource
): 'oci-layout' | 'referrers-api' | 'tag-schema' {
  if (store.location.startsWith('oci-layout:')) return 'oci-layout'
  return source === 'api' ? 'referrers-api' : 'tag-schema'
}

/**
 * The subject's referrers; a list that cannot be read (a malformed index or referrers response,
 * one over the size or count limits) is one `unreadable` result with the reason, so the legacy
 * tags are still read and the report says why the referrers are missing.
 */
async function listReferrersOf(options: {
  store: ContentStore
  subject: Descriptor
}): Promise<
  | { referrers: Descriptor[]; source: ReferrersSource }
  | { unreadable: FoundSignature; source: ReferrersSource }
> {
  const { store, subject } = options
  try {
    return await store.listReferrers({ subjectDigest: subject.digest })
  } catch (error) {
    if (
      !(error instanceof OciError) ||
      !['INVALID_CONTENT', 'TOO_LARGE', 'NOT_REGULAR_FILE'].includes(error.code)
    ) {
      throw error
    }
    const source: ReferrersSource = error.referrersSource ?? 'tag-schema'
    return {
      source,
      unreadable: {
        kind: 'unreadable',
        via: viaOf(store, source),
        manifest: { mediaType: OCI_INDEX, digest: `referrers of ${subject.digest}`, size: 0 },
        claimed: 'referrers list',
        reason: error.message
      }
    }
  }
}
