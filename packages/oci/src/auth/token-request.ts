import type { Transport } from '../http/transport.ts'
import type { Credentials } from './credentials.ts'

/** Options of {@link requestToken}. */
export interface RequestTokenOptions {
  transport: Transport
  /** The token realm, already checked to be an http(s) URL. */
  url: URL
  service: string | undefined
  scopes: string[]
  credentials: Credentials | undefined
}

/**
 * Asks the token service: the OAuth2 form POST with `grant_type=refresh_token` for an identity
 * token, otherwise a GET with the service and scopes as query parameters and Basic credentials
 * when there are any. Returns the answer, whatever its status.
 */
export async function requestToken(options: RequestTokenOptions): Promise<Response> {
  const { transport, url, service, scopes, credentials } = options
  const headers: Record<string, string> = {}
  if (credentials?.kind === 'identity-token') {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.token,
      client_id: 'sign',
      ...(service ? { service } : {})
    })
    if (scopes.length) form.set('scope', scopes.join(' '))
    headers['content-type'] = 'application/x-www-form-urlencoded'
    return transport.send({
      operation: 'auth.token',
      method: 'POST',
      url,
      headers,
      body: Buffer.from(form.toString()),
      idempotent: true
    })
  }
  if (service) url.searchParams.set('service', service)
  for (const scope of scopes) url.searchParams.append('scope', scope)
  if (credentials?.kind === 'basic') {
    const pair = `${credentials.username}:${credentials.password}`
    headers['authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`
  }
  return transport.send({ operation: 'auth.token', method: 'GET', url, headers })
}
