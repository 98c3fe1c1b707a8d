import type { Transport } from '../http/transport.ts'
import type { Credentials } from './credentials.ts'
import { mergeScopes, scopesCover } from './scope.ts'
import type { BearerToken } from './token-answer.ts'
import { fetchBearerToken } from './token.ts'

/** A cached token, bound to the token service (realm and service) that issued it. */
interface CachedToken extends BearerToken {
  realm: string
  service: string | undefined
  scopes: string[]
}

/** Options of {@link TokenCache.header}. */
export interface TokenHeaderOptions {
  scopes: string[]
  realm: string
  service: string | undefined
  credentials: Credentials | undefined
}

/** Bearer tokens of one registry host, per realm, service and scope. */
export interface TokenCache {
  /**
   * The Authorization header for `scopes`: an unexpired token that realm and service issued
   * for them, or a fresh one (kept).
   */
  header(options: TokenHeaderOptions): Promise<string>
  /** Drops the token an Authorization header carried; false when it is no token of the cache. */
  forget(sent: string): boolean
}

/** Options of {@link createTokenCache}. */
export interface TokenCacheOptions {
  transport: Transport
  registry: string
}

/** A token is only ever offered under the realm and service that issued it. */
export function createTokenCache(options: TokenCacheOptions): TokenCache {
  const { transport, registry } = options
  const tokens: CachedToken[] = []
  return {
    async header({ scopes, realm, service, credentials }) {
      const now = Date.now()
      const cached = tokens.find(
        t =>
          t.realm === realm &&
          t.service === service &&
          t.expiresAt > now &&
          scopesCover(t.scopes, scopes)
      )
      if (cached) return `Bearer ${cached.token}`
      const wanted = mergeScopes(scopes)
      const fresh = await fetchBearerToken({
        transport,
        realm,
        service,
        scopes: wanted,
        credentials,
        registry
      })
      tokens.push({ ...fresh, realm, service, scopes: wanted })
      return `Bearer ${fresh.token}`
    },
    forget(sent) {
      const stale = tokens.findIndex(t => `Bearer ${t.token}` === sent)
      if (stale === -1) return false
      tokens.splice(stale, 1)
      return true
    }
  }
}
