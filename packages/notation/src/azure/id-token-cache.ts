/** How long before its expiry a cached ID token is fetched anew. */
const RENEW_BEFORE_MS = 60_000
/** How long an ID token whose expiry cannot be read is reused. */
const UNKNOWN_LIFETIME_MS = 60_000

/** Options of {@link cachedIdToken}. */
export interface CachedIdTokenOptions {
  /** Fetches an OIDC ID token for an audience (core.getIDToken). */
  getIdToken: (audience: string) => Promise<string>
  audience: string
  /** Milliseconds since the epoch (tests). */
  now?: () => number
}

/** The `exp` of a JWT in milliseconds, if it has one; the token is only read, never logged. */
function expiryOf(token: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      exp?: unknown
    }
    return typeof payload.exp === 'number' ? payload.exp * 1000 : undefined
  } catch {
    return undefined
  }
}

/**
 * `getIdToken(audience)`, asked once and reused until a minute before the token expires (or for a
 * minute, when its expiry cannot be read). @azure/identity asks for the client assertion every
 * time it is asked for a token — once per Key Vault client and per challenge — so without this a
 * run requests an ID token from GitHub several times; with it, once. A failed request is not kept.
 */
export function cachedIdToken(options: CachedIdTokenOptions): () => Promise<string> {
  const now = options.now ?? Date.now
  let cached: { token: Promise<string>; until: number } | undefined
  return () => {
    if (cached !== undefined && now() < cached.until) return cached.token
    const entry = { token: options.getIdToken(options.audience), until: Infinity }
    cached = entry
    entry.token.then(
      token => {
        entry.until =
          (expiryOf(token) ?? now() + UNKNOWN_LIFETIME_MS + RENEW_BEFORE_MS) - RENEW_BEFORE_MS
      },
      () => {
        if (cached === entry) cached = undefined
      }
    )
    return entry.token
  }
}
