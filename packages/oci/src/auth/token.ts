import { quote } from '@sign/safe-text'
import { OciError } from '../errors.ts'
import { MAX_TOKEN_RESPONSE_BYTES } from '../http/body-limits.ts'
import { readBodyCapped } from '../http/read-body.ts'
import { isLoopbackHost } from '../http/scheme.ts'
import type { Transport } from '../http/transport.ts'
import type { Credentials } from './credentials.ts'

/** A bearer token from a registry's token service, and when to stop using it. */
export interface BearerToken {
  token: string
  expiresAt: number
}

/** Spec default when the service does not say: 60 s. Tokens are dropped 10 s early. */
const DEFAULT_LIFETIME_S = 60
const MARGIN_MS = 10_000

/**
 * Fetches a bearer token for `scopes` from `realm`, as the distribution token spec describes:
 * GET with Basic credentials (or none, for anonymous pulls), or the OAuth2 form POST with
 * `grant_type=refresh_token` for identity tokens. The realm is the one the registry's challenge
 * named; credentials (a password or refresh token) go to it only over HTTPS, or plain HTTP on a
 * loopback host (INSECURE_REFUSED otherwise). The answer is read up to 1 MiB.
 */
export async function fetchBearerToken(options: {
  transport: Transport
  realm: string
  service: string | undefined
  scopes: string[]
  credentials: Credentials | undefined
  registry: string
}): Promise<BearerToken> {
  const { realm, service, scopes, credentials, registry } = options
  const url = tokenRealmUrl({ realm, registry })
  if (credentials && url.protocol === 'http:' && !isLoopbackHost(url.host)) {
    throw new OciError({
      code: 'INSECURE_REFUSED',
      message: `the token service of ${registry} is ${quote(realm)}, plain HTTP on another host; refusing to send the credentials for ${registry} there (the registry must name an https:// realm)`
    })
  }
  const headers: Record<string, string> = {}
  let response: Response
  if (credentials?.kind === 'identity-token') {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.token,
      client_id: 'sign',
      ...(service ? { service } : {})
    })
    if (scopes.length) form.set('scope', scopes.join(' '))
    headers['content-type'] = 'application/x-www-form-urlencoded'
    response = await options.transport.send({
      operation: 'auth.token',
      method: 'POST',
      url,
      headers,
      body: Buffer.from(form.toString()),
      idempotent: true
    })
  } else {
    if (service) url.searchParams.set('service', service)
    for (const scope of scopes) url.searchParams.append('scope', scope)
    if (credentials?.kind === 'basic') {
      const pair = `${credentials.username}:${credentials.password}`
      headers['authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`
    }
    response = await options.transport.send({
      operation: 'auth.token',
      method: 'GET',
      url,
      headers
    })
  }
  if (!response.ok) {
    await response.body?.cancel()
    const who = credentials ? 'refused the credentials' : 'refused anonymous access'
    throw new OciError({
      code: 'AUTH_FAILED',
      status: response.status,
      message: `the token service of ${registry} (${url.host}) ${who} for ${scopes.join(' ') || 'no scope'}: HTTP ${response.status}`
    })
  }
  const bytes = await readBodyCapped({
    response,
    limit: MAX_TOKEN_RESPONSE_BYTES,
    operation: 'auth.token',
    source: `the token service of ${registry} (${url.host})`
  })
  let body: { token?: unknown; access_token?: unknown; expires_in?: unknown } | null
  try {
    body = JSON.parse(bytes.toString()) as typeof body
  } catch (cause) {
    throw new OciError({
      code: 'AUTH_FAILED',
      message: `the token service of ${registry} (${url.host}) answered with something other than JSON`,
      cause
    })
  }
  const token = [body?.token, body?.access_token].find(
    (value): value is string => typeof value === 'string' && value !== ''
  )
  if (!token) {
    throw new OciError({
      code: 'AUTH_FAILED',
      message: `the token service of ${registry} answered without a token`
    })
  }
  const expiresIn =
    typeof body?.expires_in === 'number' && body.expires_in > 0
      ? body.expires_in
      : DEFAULT_LIFETIME_S
  const lifetime = expiresIn * 1000
  return { token, expiresAt: Date.now() + Math.max(lifetime - MARGIN_MS, lifetime / 2) }
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
