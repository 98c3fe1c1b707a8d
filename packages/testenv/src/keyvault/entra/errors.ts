import { randomUUID } from 'node:crypto'

/** The OAuth `error` values Entra ID answers the token endpoint with. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'

export interface AadstsErrorOptions {
  status: 400 | 401
  error: OAuthErrorCode
  /** The AADSTS number, e.g. 700213. */
  code: number
  /** The description after `AADSTS<code>: `. */
  message: string
}

/** A refusal from the Entra ID emulator, carrying the status and body Entra ID sends. */
export class AadstsError extends Error {
  readonly status: 400 | 401
  readonly error: OAuthErrorCode
  readonly code: number

  constructor(options: AadstsErrorOptions) {
    super(`AADSTS${options.code}: ${options.message}`)
    this.name = 'AadstsError'
    this.status = options.status
    this.error = options.error
    this.code = options.code
  }

  /** The JSON body, shaped like Entra ID's (`error_codes`, trace and correlation ids…). */
  toBody(): object {
    const timestamp = new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z')
    const traceId = randomUUID()
    const correlationId = randomUUID()
    return {
      error: this.error,
      error_description: `${this.message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [this.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${this.code}`
    }
  }
}
