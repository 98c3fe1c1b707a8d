import type { AuthSession } from '../auth/session.ts'
import { repositoryScope } from '../auth/scope.ts'
import type { HttpMethod, Transport } from '../http/transport.ts'
import { followRedirects } from './redirects.ts'
import type { Repository } from './repository.ts'

export interface RegistryRequest {
  repo: Repository
  /** Counted and logged under this name, and named in errors. */
  operation: string
  access: 'pull' | 'push' | 'delete'
  method: HttpMethod
  /** Path below `/v2/<repository>/`, or an absolute URL (an upload location). */
  path: string
  headers?: Record<string, string>
  body?: Uint8Array
  idempotent?: boolean
  /** More scopes the token must carry (a cross-repository mount's source). */
  extraScopes?: string[]
}

/** Options of {@link sendRegistryRequest}. */
export interface SendRegistryRequestOptions {
  request: RegistryRequest
  transport: Transport
  /** The auth session of the request's registry. */
  session: AuthSession
  /** The registry's own origin (scheme, host and port): the only one credentials go to. */
  registryOrigin: string
  /** The request's URL: its path under the registry, or the absolute URL it gave. */
  target: URL
}

/**
 * Sends a request with the registry's credentials, learning from its 401 challenges, and follows
 * the redirects of a GET or HEAD. Returns the final response, whatever its status.
 */
export async function sendRegistryRequest(options: SendRegistryRequestOptions): Promise<Response> {
  const { request: req, transport, session, registryOrigin, target } = options
  const scopes = [repositoryScope(req.repo.repository, req.access), ...(req.extraScopes ?? [])]
  const atRegistry = (url: URL): boolean => url.origin === registryOrigin
  const send = (url: URL, authorization: string | undefined): Promise<Response> =>
    transport.send({
      operation: req.operation,
      method: req.method,
      url,
      headers: {
        ...withoutAuthorization(req.headers),
        ...(authorization && atRegistry(url) ? { authorization } : {})
      },
      ...(req.body === undefined ? {} : { body: req.body }),
      ...(req.idempotent === undefined ? {} : { idempotent: req.idempotent })
    })
  let authorization = atRegistry(target) ? await session.authorize(scopes) : undefined
  let response = await send(target, authorization)
  // A first 401 teaches the scheme (or says a cached token went stale); a second one, after
  // fresh credentials, lets the session say precisely what was refused. Another origin's 401
  // is its own business: its challenge never chooses where our credentials go.
  for (let tries = 0; response.status === 401 && atRegistry(target) && tries < 2; tries++) {
    authorization = await session.retryAfterUnauthorized(response, scopes, authorization)
    response = await send(target, authorization)
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return response
  // Credentials stay with the registry (see send): storage backends get the signed URL alone.
  return followRedirects({
    response,
    target,
    send: url => send(url, authorization),
    operation: req.operation,
    registry: req.repo.registry
  })
}

/** The caller's headers minus any Authorization: only the client decides where credentials go. */
function withoutAuthorization(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'authorization')
  )
}
