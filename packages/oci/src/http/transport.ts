import { OciError } from '../errors.ts'
import { silentLogger, type Logger } from '../logger.ts'
import { createLimiter } from './limiter.ts'
import {
  DEFAULT_RETRY,
  isRetryableError,
  isRetryableStatus,
  networkErrorCode,
  retryDelay,
  type RetryPolicy
} from './retry.ts'

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
  stats(): RequestStats
  resetStats(): void
}

export interface TransportOptions {
  logger?: Logger
  /** Requests in flight at once (default 8). Connections are kept alive and reused. */
  concurrency?: number
  retry?: Partial<RetryPolicy>
}

/**
 * HTTP for registries: kept-alive connections (Node's fetch pools them per origin), bounded
 * concurrency, retries of idempotent requests on 408/429/502/503/504 and connection resets with
 * back-off (Retry-After honoured), and a count per operation. Logs method, host, path, status
 * and time at debug — never a header, so never an Authorization value.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const logger = options.logger ?? silentLogger
  const policy = { ...DEFAULT_RETRY, ...options.retry }
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

  const send = async (request: HttpRequest): Promise<Response> => {
    const idempotent = request.idempotent ?? !['POST', 'PATCH'].includes(request.method)
    for (let tries = 1; ; tries++) {
      const last = !idempotent || tries > policy.retries
      let response: Response
      try {
        response = await attempt(request)
      } catch (error) {
        if (last || !isRetryableError(error)) {
          throw new OciError({
            code: 'NETWORK_ERROR',
            message: `${request.operation}: ${request.method} ${request.url.host}${request.url.pathname} failed: ${networkErrorCode(error) ?? (error as Error).message}`,
            cause: error
          })
        }
        await sleep(retryDelay({ policy, attempt: tries }))
        continue
      }
      if (last || !isRetryableStatus(response.status)) return response
      await response.body?.cancel()
      await sleep(
        retryDelay({ policy, attempt: tries, retryAfter: response.headers.get('retry-after') })
      )
    }
  }

  return {
    send,
    stats: () => ({ total: stats.total, byOperation: { ...stats.byOperation } }),
    resetStats: () => {
      stats = { total: 0, byOperation: {} }
    }
  }
}

async function sleep(ms: number): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, ms))
}
