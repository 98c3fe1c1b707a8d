import { SigstoreError, type SigstoreErrorCode } from '../errors.ts'

/** The HTTP status and what went wrong, from the innermost error sigstore-js chained. */
function failure(error: unknown): { status?: number; detail: string } {
  let innermost = error
  for (let current = error; current instanceof Error; current = current.cause) {
    const { statusCode } = current as { statusCode?: unknown }
    // sigstore-js's HTTPError: statusCode and the message `(<status>) <the service's message>`.
    if (typeof statusCode === 'number') {
      const said = current.message.replace(/^\(\d+\)\s*/, '')
      return { status: statusCode, detail: `HTTP ${statusCode}${said ? ` (${said})` : ''}` }
    }
    innermost = current
  }
  const { code } = innermost as { code?: unknown }
  const message = innermost instanceof Error ? innermost.message : String(innermost)
  return { detail: typeof code === 'string' ? `${code}: ${message}` : message }
}

/**
 * A SigstoreError for a Sigstore service that failed to `action`: names the service and its
 * URL, carries the HTTP status (when it answered) and the chained cause, and ends with `hint`,
 * chosen from the status. Nothing sent (the identity token) is quoted: only what came back.
 */
export function serviceError(options: {
  code: SigstoreErrorCode
  service: string
  url: string
  action: string
  error: unknown
  hint: (status: number | undefined) => string
}): SigstoreError {
  const { status, detail } = failure(options.error)
  return new SigstoreError({
    code: options.code,
    message: `${options.service} at ${options.url} could not ${options.action}: ${detail}. ${options.hint(status)}`,
    ...(status !== undefined && { status }),
    cause: options.error
  })
}
