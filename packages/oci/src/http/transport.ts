import { silentLogger, type Logger } from '../logger.ts'
import { createLimiter } from './limiter.ts'
import { REGISTRY_RETRY, networkErrorCode, type RetryPolicy } from './retry.ts'
import { sendWithRetries } from './retrying-send.ts'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** One HTTP exchange. Bodies are bytes so that a retry can send them again. */
export interface HttpRequest {
  /** What the request is for; requests are counted and logged under it (`manifest.get`, …). */
  operation: string
  method: HttpMethod
  url: URL
  headers?: Record<string, string>
  body?: Uint8Array
  /** Whether sending it twice is harmless (default: every method but POST and PATCH). */
  idempotent?: boolean
}

/** Requests sent, in total and per operation (retries included), for benchmarks. */
export interface RequestStats {
  total: number
  byOperation: Record<string, number>
}

export interface Transport {
  send(request: HttpRequest): Promise<Response>
  /** The policy `send` retries by, which callers recovering a whole operation also follow. */
  readonly retry: RetryPolicy
  stats(): RequestStats
  resetStats(): void
}

export interface TransportOptions {
  logger?: Logger
  /** Requests in flight at once (default 8). Connections are kept alive and reused. */
  concurrency?: number
  /** Overrides of REGISTRY_RETRY (a shorter budget, for one). */
  retry?: Partial<RetryPolicy>
}

/**
 * HTTP for registries: kept-alive connections (Node's fetch pools them per origin), bounded
 * concurrency, retries of idempotent requests on 408/429/500/502/503/504 and connection resets
 * by the retry policy (tries and a time budget, back-off, Retry-After honoured), and a count per
 * operation. A request that is not idempotent is sent once: whoever sent it decides, knowing
 * what it was for, whether the server acted (see pushBlob). Logs method, host, path, status and
 * time at debug — never a header, so never an Authorization value.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const logger = options.logger ?? silentLogger
  const policy: RetryPolicy = { ...REGISTRY_RETRY, ...options.retry }
  const limiter = createLimiter({ concurrency: options.concurrency ?? 8 })
  let stats: RequestStats = { total: 0, byOperation: {} }

  const attempt = async (request: HttpRequest): Promise<Response> => {
    stats.total++
    stats.byOperation[request.operation] = (stats.byOperation[request.operation] ?? 0) + 1
    const started = Date.now()
    const where = `${request.method} ${request.url.host}${request.url.pathname}`
    try {
      const response = await limiter.run(() =>
        fetch(request.url, {
          method: request.method,
          headers: request.headers ?? {},
          ...(request.body === undefined ? {} : { body: request.body }),
          redirect: 'manual'
        })
      )
      logger.debug(`${where} → ${response.status} (${Date.now() - started} ms)`)
      return response
    } catch (error) {
      logger.debug(`${where} → ${networkErrorCode(error) ?? 'network error'}`)
      throw error
    }
  }

  const send = (request: HttpRequest): Promise<Response> =>
    sendWithRetries({ request, policy, attempt })

  return {
    send,
    retry: policy,
    stats: () => ({ total: stats.total, byOperation: { ...stats.byOperation } }),
    resetStats: () => {
      stats = { total: 0, byOperation: {} }
    }
  }
}
