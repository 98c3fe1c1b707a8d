import { OciError } from '../errors.ts'
import {
  isRetryableError,
  isRetryableStatus,
  networkErrorCode,
  retryBudget,
  type RetryPolicy
} from './retry.ts'

/** What retrying reads of a request: whether it may be sent twice, and how to name it. */
export interface RetriedRequest {
  operation: string
  method: string
  url: URL
  /** Whether sending it twice is harmless (default: every method but POST and PATCH). */
  idempotent?: boolean
}

/** Options of {@link sendWithRetries}. */
export interface SendWithRetriesOptions<R extends RetriedRequest> {
  request: R
  policy: RetryPolicy
  /** Sends the request once. */
  attempt: (request: R) => Promise<Response>
}

/**
 * Sends a request, and an idempotent one again after a retryable network error or status, as
 * the policy allows. A network error that is not retried is NETWORK_ERROR; the last answer is
 * returned, body and all, whatever its status.
 */
export async function sendWithRetries<R extends RetriedRequest>(
  options: SendWithRetriesOptions<R>
): Promise<Response> {
  const { request, attempt } = options
  const idempotent = request.idempotent ?? !['POST', 'PATCH'].includes(request.method)
  const budget = retryBudget({ policy: options.policy })
  for (;;) {
    let response: Response
    try {
      response = await attempt(request)
    } catch (error) {
      if (!idempotent || !isRetryableError(error) || !(await budget.next())) {
        throw new OciError({
          code: 'NETWORK_ERROR',
          message: `${request.operation}: ${request.method} ${request.url.host}${request.url.pathname} failed: ${networkErrorCode(error) ?? (error as Error).message}${budget.tries > 1 ? ` (after ${budget.tries} tries)` : ''}`,
          cause: error
        })
      }
      continue
    }
    if (!idempotent || !isRetryableStatus(response.status)) return response
    // The last answer goes to the caller, body and all, to name the registry's reason.
    const delay = budget.delay({ retryAfter: response.headers.get('retry-after') })
    if (delay === undefined) return response
    await response.body?.cancel()
    await budget.wait(delay)
  }
}
