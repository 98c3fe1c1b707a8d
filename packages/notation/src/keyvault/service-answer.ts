/** What Key Vault (or Entra ID, through @azure/identity) answered, read off an SDK error. */
export interface ServiceAnswer {
  status: number | undefined
  /** `error.code`: Forbidden, BadParameter, KeyNotFound… */
  code: string | undefined
  /** `error.innererror.code`: AccessDenied, ForbiddenByRbac, ForbiddenByPolicy… */
  innerCode: string | undefined
  /** The service's message (outside text: quote it before it goes into a message). */
  text: string
}

const stringOr = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/**
 * The status, codes and message of a RestError (`statusCode`, `code`, and `details` holding the
 * parsed `{error:{code,message,innerError:{code}}}` body), or of any other thrown value.
 */
export function serviceAnswer(cause: unknown): ServiceAnswer {
  const error = (cause ?? {}) as {
    statusCode?: unknown
    code?: unknown
    details?: { error?: { innerError?: { code?: unknown }; innererror?: { code?: unknown } } }
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : undefined
  const inner = error.details?.error?.innerError ?? error.details?.error?.innererror
  return {
    status,
    code: stringOr(error.code),
    innerCode: stringOr(inner?.code),
    text: cause instanceof Error ? cause.message : String(cause)
  }
}
