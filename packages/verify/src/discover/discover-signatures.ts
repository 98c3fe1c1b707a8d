import { createLimiter, type ContentStore, type Descriptor, type Logger } from '@sign/oci'
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
  const { referrers, source } = await store.listReferrers({ subjectDigest: subject.digest })
  const via = store.location.startsWith('oci-layout:')
    ? 'oci-layout'
    : source === 'api'
      ? 'referrers-api'
      : 'tag-schema'
  const unique = [...new Map(referrers.map(referrer => [referrer.digest, referrer])).values()]
  const tags = legacyCosignTags(subject.digest)
  const [fromReferrers, fromSig, fromAtt] = await Promise.all([
    Promise.all(
      unique.map(referrer => limiter.run(() => readReferrer({ store, subject, referrer, via })))
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
