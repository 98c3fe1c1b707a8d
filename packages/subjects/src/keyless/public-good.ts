// Sigstore's public-good instance, as reports name it: its Rekor entries have a page to look at,
// and its signatures verify with the trusted root every verifier has built in.
import type { SigstoreInstance } from '@sign/sigstore'

const PUBLIC_GOOD_REKOR = 'https://rekor.sigstore.dev'
const PUBLIC_GOOD_SEARCH = 'https://search.sigstore.dev/'

/** `url`'s origin when it is nothing but an origin (`https://host[:port]` and maybe `/`). */
function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    const parsed = new URL(url)
    return parsed.pathname === '/' && parsed.search === '' ? parsed.origin : undefined
  } catch {
    return undefined
  }
}

/** Options of {@link rekorSearchUrl}. */
export interface RekorSearchUrlOptions {
  /** The Rekor the step wrote to (the instance's rekorUrl). */
  rekorUrl: string | undefined
  logIndex: number
}

/**
 * Where a person can look at a Rekor entry: `https://search.sigstore.dev/?logIndex=N` for the
 * public-good Rekor; undefined for any other (a self-hosted instance has no known search page,
 * and its API answers JSON, not a page to read).
 */
export function rekorSearchUrl(options: RekorSearchUrlOptions): string | undefined {
  if (originOf(options.rekorUrl) !== PUBLIC_GOOD_REKOR) return undefined
  if (!Number.isSafeInteger(options.logIndex) || options.logIndex < 0) return undefined
  const search = new URL(PUBLIC_GOOD_SEARCH)
  search.searchParams.set('logIndex', String(options.logIndex))
  return search.href
}

/** Options of {@link isPublicGood}. */
export interface IsPublicGoodOptions {
  instance: SigstoreInstance
}

/**
 * Whether every service the step signed with is public-good's (an https host under
 * sigstore.dev: Fulcio, Rekor v1 and its v2 shards, the TSA), so verifiers need no trusted root
 * of their own (`trusted-root`) to check the signatures.
 */
export function isPublicGood(options: IsPublicGoodOptions): boolean {
  const { fulcioUrl, rekorUrl, tsaUrl } = options.instance
  return [fulcioUrl, rekorUrl, tsaUrl].every(url => url === undefined || onSigstoreDev(url))
}

function onSigstoreDev(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url)
    return (
      protocol === 'https:' && (hostname === 'sigstore.dev' || hostname.endsWith('.sigstore.dev'))
    )
  } catch {
    return false
  }
}
