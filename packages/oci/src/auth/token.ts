import { quote } from '@sign/safe-text'
import { OciError } from '../errors.ts'
import { isLoopbackHost } from '../http/scheme.ts'
import type { Transport } from '../http/transport.ts'
import type { Credentials } from './credentials.ts'
import { readTokenAnswer, type BearerToken } from './token-answer.ts'
import { requestToken } from './token-request.ts'

/** Options of {@link fetchBearerToken}. */
export interface FetchBearerTokenOptions {
  transport: Transport
  realm: string
  service: string | undefined
  scopes: string[]
  credentials: Credentials | undefined
  registry: string
}

/**
 * Fetches a bearer token for `scopes` from `realm`, as the distribution token spec describes:
 * GET with Basic credentials (or none, for anonymous pulls), or the OAuth2 form POST with
 * `grant_type=refresh_token` for identity tokens. The realm is the one the registry's challenge
 * named; credentials (a password or refresh token) go to it only over HTTPS, or plain HTTP on a
 * loopback host (INSECURE_REFUSED otherwise). The answer is read up to 1 MiB.
 */
export async function fetchBearerToken(options: FetchBearerTokenOptions): Promise<BearerToken> {
  const { realm, service, scopes, credentials, registry } = options
  const url = tokenRealmUrl({ realm, registry })
  if (credentials && url.protocol === 'http:' && !isLoopbackHost(url.host)) {
    throw new OciError({
      code: 'INSECURE_REFUSED',
      message: `the token service of ${registry} is ${quote(realm)}, plain HTTP on another host; refusing to send the credentials for ${registry} there (the registry must name an https:// realm)`
    })
  }
  const response = await requestToken({
    transport: options.transport,
    url,
    service,
    scopes,
    credentials
  })
  if (!response.ok) {
    await response.body?.cancel()
    const who = credentials ? 'refused the credentials' : 'refused anonymous access'
    throw new OciError({
      code: 'AUTH_FAILED',
      status: response.status,
      message: `the token service of ${registry} (${url.host}) ${who} for ${scopes.join(' ') || 'no scope'}: HTTP ${response.status}`
    })
  }
  return readTokenAnswer({ response, registry, host: url.host })
}

/** The realm as a URL: http or https only (AUTH_FAILED for anything else). */
function tokenRealmUrl(options: { realm: string; registry: string }): URL {
  const { realm, registry } = options
  let url: URL | undefined
  try {
    url = new URL(realm)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new OciError({
      code: 'AUTH_FAILED',
      message: `${registry} named the token realm ${quote(realm)}, which is not an http(s) URL`
    })
  }
  return url
}
