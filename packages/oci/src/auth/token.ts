import { OciError } from '../errors.ts'
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
 * `grant_type=refresh_token` for identity tokens.
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
  const url = new URL(realm)
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
  const body = (await response.json()) as {
    token?: string
    access_token?: string
    expires_in?: number
  }
  const token = body.token ?? body.access_token
  if (!token) {
    throw new OciError({
      code: 'AUTH_FAILED',
      message: `the token service of ${registry} answered without a token`
    })
  }
  const lifetime = (body.expires_in ?? DEFAULT_LIFETIME_S) * 1000
  return { token, expiresAt: Date.now() + Math.max(lifetime - MARGIN_MS, lifetime / 2) }
}
