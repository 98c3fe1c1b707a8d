import { createAuthSession, type AuthSession } from '../auth/session.ts'
import { anonymous, type CredentialProvider } from '../auth/credentials.ts'
import { createTransport, type Transport } from '../http/transport.ts'
import type { Logger } from '../logger.ts'
import { createOriginFinder } from './origin.ts'
import type { Repository } from './repository.ts'
import { sendRegistryRequest, type RegistryRequest } from './request.ts'

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

export function createRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  const transport =
    options.transport ?? createTransport(options.logger ? { logger: options.logger } : {})
  const sessions = new Map<string, AuthSession>()
  const origin = createOriginFinder({ transport, insecure: new Set(options.insecure ?? []) })

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

  const url = async (repo: Repository, path: string): Promise<URL> => {
    const base = await origin(repo.registry)
    return /^https?:\/\//.test(path)
      ? new URL(path)
      : new URL(`${base}/v2/${repo.repository}/${path}`)
  }

  const request = async (req: RegistryRequest): Promise<Response> => {
    const auth = session(req.repo.registry)
    const registryOrigin = new URL(await origin(req.repo.registry)).origin
    const target = await url(req.repo, req.path)
    return sendRegistryRequest({ request: req, transport, session: auth, registryOrigin, target })
  }

  return {
    transport,
    logger: options.logger,
    chunkSize: options.chunkSize ?? 64 * 1024 * 1024,
    request,
    url
  }
}
