/** When and how long to wait before trying a request again. */
export interface RetryPolicy {
  /** Attempts after the first (default 3). */
  retries: number
  /** First back-off in ms, doubled each attempt, with full jitter (default 250). */
  baseDelayMs: number
  /** No single wait is longer than this, Retry-After included (default 30 s). */
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 250, maxDelayMs: 30_000 }

/**
 * Statuses worth another try: 408 and 429 (the only 4xx), 502/503/504, and 500 — as
 * go-containerregistry does — since registries answer 500 for content another writer is
 * replacing at that moment. Only idempotent requests are ever retried.
 */
export function isRetryableStatus(status: number): boolean {
  return (
    status === 408 ||
    status === 429 ||
    status === 500 ||
    status === 502 ||
    status === 503 ||
    status === 504
  )
}

const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT'
])

/** The system error code behind a failed fetch (undici wraps it in `cause`). */
export function networkErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return undefined
}

export function isRetryableError(error: unknown): boolean {
  const code = networkErrorCode(error)
  return code !== undefined && RETRYABLE_CODES.has(code)
}

/** How long to wait before attempt `attempt` (1-based), honouring Retry-After. */
export function retryDelay(options: {
  policy: RetryPolicy
  attempt: number
  retryAfter?: string | null
  now?: number
}): number {
  const { policy, retryAfter } = options
  if (retryAfter) {
    const seconds = Number(retryAfter)
    const ms = Number.isFinite(seconds)
      ? seconds * 1000
      : Date.parse(retryAfter) - (options.now ?? Date.now())
    if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, policy.maxDelayMs)
  }
  const ceiling = Math.min(policy.baseDelayMs * 2 ** (options.attempt - 1), policy.maxDelayMs)
  return Math.random() * ceiling
}
