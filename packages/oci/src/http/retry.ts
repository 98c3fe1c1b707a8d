/** When and how long to wait before trying a request (or a whole upload) again. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number
  /** No further try once this many ms have passed since the first, nor a wait that would end later. */
  budgetMs: number
  /** First back-off in ms, doubled each try, with full jitter. */
  baseDelayMs: number
  /** No single wait is longer than this, Retry-After included. */
  maxDelayMs: number
}

/**
 * The retry policy of every registry operation: up to 5 tries within 60 s, back-off from 300 ms
 * doubling (full jitter), Retry-After honoured up to 10 s. A registry that stays down for a
 * minute fails the step; one that drops a request now and then does not.
 */
export const REGISTRY_RETRY: RetryPolicy = {
  attempts: 5,
  budgetMs: 60_000,
  baseDelayMs: 300,
  maxDelayMs: 10_000
}

/**
 * Statuses worth another try: 408 and 429 (the only 4xx), 502/503/504, and 500 — as
 * go-containerregistry does — since registries answer 500 for content another writer is
 * replacing at that moment. Only idempotent requests are ever retried as they are.
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

/** How long to wait before try `attempt + 1` (`attempt` 1-based), honouring Retry-After. */
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

/** The tries of one operation under a policy: counts them and keeps to the time budget. */
export interface RetryBudget {
  /** Tries made so far (the first included). */
  readonly tries: number
  /**
   * The wait before another try (Retry-After honoured), or undefined when the tries or the time
   * budget are spent, or the wait would end past the budget.
   */
  delay(options?: { retryAfter?: string | null }): number | undefined
  /** Waits `ms` and counts the try that follows. */
  wait(ms: number): Promise<void>
  /** delay() then wait(): true when another try may follow now, false when none may. */
  next(options?: { retryAfter?: string | null }): Promise<boolean>
}

export function retryBudget(options: { policy: RetryPolicy; now?: () => number }): RetryBudget {
  const { policy } = options
  const now = options.now ?? Date.now
  const deadline = now() + policy.budgetMs
  let tries = 1
  const budget: RetryBudget = {
    get tries() {
      return tries
    },
    delay(wait = {}) {
      if (tries >= policy.attempts) return undefined
      const ms = retryDelay({ policy, attempt: tries, retryAfter: wait.retryAfter ?? null })
      return now() + ms > deadline ? undefined : ms
    },
    async wait(ms) {
      await new Promise(resolve => setTimeout(resolve, ms))
      tries++
    },
    async next(wait = {}) {
      const ms = budget.delay(wait)
      if (ms === undefined) return false
      await budget.wait(ms)
      return true
    }
  }
  return budget
}
