import { createAuthSession, type AuthSession } from '../auth/session.ts'
import { anonymous, type CredentialProvider } from '../auth/credentials.ts'
import { repositoryScope } from '../auth/scope.ts'
import { OciError } from '../errors.ts'
import { isLoopbackHost, isPlainHttpAnswer } from '../http/scheme.ts'
import { createTransport, type HttpMethod, type Transport } from '../http/transport.ts'
import type { Logger } from '../logger.ts'
import { apiHost } from '../reference/reference.ts'
import type { Repository } from './repository.ts'

export interface RegistryClientOptions {
  /** Where credentials come from (default: anonymous). */
  credentials?: CredentialProvider
  logger?: Logger
  /** Share one transport between clients to pool connections and count requests together. */
  transport?: Transport
  /** Registry hosts that may be used over plain HTTP; loopback hosts always may. */
  insecure?: string[]
  /** Uploads larger than this go in PATCH chunks of this size (default 64 MiB). */
  chunkSize?: number
}

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

/**
 * A registry client: one auth session per host, HTTPS unless the host may speak plain HTTP.
 * Credentials stay with their origin: a request carries Authorization only when its URL has the
 * registry's own origin (scheme, host and port), and only that origin's 401 challenges are
 * learned from. An upload location, redirect or page link on any other origin (a storage
 * backend's signed URL) is sent without credentials.
 */
export interface RegistryClient {
  readonly transport: Transport
  readonly logger: Logger | undefined
  readonly chunkSize: number
  /** Sends an authenticated request; returns the final response, whatever its status. */
  request(request: RegistryRequest): Promise<Response>
  /** The absolute URL of `path` under a repository (for resolving upload locations). */
  url(repo: Repository, path: string): Promise<URL>
}

const MAX_REDIRECTS = 5

export function createRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  const transport =
    options.transport ?? createTransport(options.logger ? { logger: options.logger } : {})
  const sessions = new Map<string, AuthSession>()
  const origins = new Map<string, Promise<string>>()
  const insecure = new Set(options.insecure ?? [])

  const session = (registry: string): AuthSession => {
    let found = sessions.get(registry)
    if (!found) {
      found = createAuthSession({
        registry,
        transport,
        credentials: options.credentials ?? anonymous
      })
      sessions.set(registry, found)
    }
    return found
  }

  /** HTTPS first; a loopback or insecure host whose TLS handshake meets plain HTTP gets http://. */
  const origin = (registry: string): Promise<string> => {
    let known = origins.get(registry)
    if (known) return known
    const host = apiHost(registry)
    known = (async () => {
      if (!isLoopbackHost(host) && !insecure.has(registry)) return `https://${host}`
      try {
        const probe = await transport.send({
          operation: 'ping',
          method: 'GET',
          url: new URL(`https://${host}/v2/`)
        })
        await probe.body?.cancel()
        return `https://${host}`
      } catch (error) {
        if (isPlainHttpAnswer(error)) return `http://${host}`
        throw error
      }
    })()
    origins.set(registry, known)
    known.catch(() => origins.delete(registry))
    return known
  }

  const url = async (repo: Repository, path: string): Promise<URL> => {
    const base = await origin(repo.registry)
    return /^https?:\/\//.test(path)
      ? new URL(path)
      : new URL(`${base}/v2/${repo.repository}/${path}`)
  }

  const request = async (req: RegistryRequest): Promise<Response> => {
    const scopes = [repositoryScope(req.repo.repository, req.access), ...(req.extraScopes ?? [])]
    const auth = session(req.repo.registry)
    const registryOrigin = new URL(await origin(req.repo.registry)).origin
    let target = await url(req.repo, req.path)
    const atRegistry = (): boolean => target.origin === registryOrigin
    const send = (authorization: string | undefined): Promise<Response> =>
      transport.send({
        operation: req.operation,
        method: req.method,
        url: target,
        headers: {
          ...withoutAuthorization(req.headers),
          ...(authorization && atRegistry() ? { authorization } : {})
        },
        ...(req.body === undefined ? {} : { body: req.body }),
        ...(req.idempotent === undefined ? {} : { idempotent: req.idempotent })
      })
    let authorization = atRegistry() ? await auth.authorize(scopes) : undefined
    let response = await send(authorization)
    // A first 401 teaches the scheme (or says a cached token went stale); a second one, after
    // fresh credentials, lets the session say precisely what was refused. Another origin's 401
    // is its own business: its challenge never chooses where our credentials go.
    for (let tries = 0; response.status === 401 && atRegistry() && tries < 2; tries++) {
      authorization = await auth.retryAfterUnauthorized(response, scopes, authorization)
      response = await send(authorization)
    }
    for (
      let hops = 0;
      isRedirect(response.status) && (req.method === 'GET' || req.method === 'HEAD');
      hops++
    ) {
      const location = response.headers.get('location')
      await response.body?.cancel()
      if (!location || hops === MAX_REDIRECTS) {
        throw new OciError({
          code: 'REGISTRY_ERROR',
          status: response.status,
          message: `${req.operation}: too many or empty redirects from ${req.repo.registry}`
        })
      }
      // Credentials stay with the registry (see send): storage backends get the signed URL alone.
      target = new URL(location, target)
      response = await send(authorization)
    }
    return response
  }

  return {
    transport,
    logger: options.logger,
    chunkSize: options.chunkSize ?? 64 * 1024 * 1024,
    request,
    url
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308
}

/** The caller's headers minus any Authorization: only the client decides where credentials go. */
function withoutAuthorization(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'authorization')
  )
}
