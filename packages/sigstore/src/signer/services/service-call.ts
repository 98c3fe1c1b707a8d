import { PRODUCT_NAME, PRODUCT_VERSION } from '@sign/product'
import { escapeControls } from '@sign/safe-text'
import type { ServiceHttp } from './service-http.ts'

/** A Sigstore service's answer with a status it was not asked for. */
export class ServiceHttpError extends Error {
  /** The HTTP status (service-error.ts reads it by this name, as it reads sigstore-js's). */
  readonly statusCode: number
  /** The Location header, when there was one (Rekor's 409 names the entry it already has). */
  readonly location: string | undefined

  constructor(options: { status: number; said: string; location: string | undefined }) {
    super(`(${options.status}) ${options.said}`)
    this.name = 'ServiceHttpError'
    this.statusCode = options.status
    this.location = options.location
  }
}

/** Options of {@link callService}. */
export interface ServiceCallOptions {
  http: ServiceHttp
  /** What the request is for, as counted and logged (`rekor.entry.create`). */
  operation: string
  method: 'GET' | 'POST'
  url: URL
  /** A JSON body. */
  json?: unknown
  /** Per try, in ms. */
  timeoutMs: number
  /** The statuses that are the answer (a 2xx: Rekor creates with 201, a TSA answers 200). */
  ok: readonly number[]
  /** The most bytes of the answer read. */
  limit: number
}

const USER_AGENT = `${PRODUCT_NAME}/${PRODUCT_VERSION}`
/** How much of an error answer is parsed to name the service's reason. */
const ERROR_BODY_LIMIT = 16 * 1024
/** How much of that reason a message quotes. */
const REASON_LENGTH = 300

/**
 * One request to Rekor or a TSA, retried by the client's policy: every call here may be sent
 * twice (Rekor answers a repeated entry with 409, a TSA stamps again). The answer is read up to
 * `limit` (over it, an error naming the limit); any other status is a ServiceHttpError with the
 * service's own message, when it gave one.
 */
export async function callService(options: ServiceCallOptions): Promise<Buffer> {
  const { operation, url } = options
  const response = await options.http.send({
    operation,
    method: options.method,
    url,
    headers: {
      accept: 'application/json',
      'user-agent': USER_AGENT,
      ...(options.json === undefined ? {} : { 'content-type': 'application/json' })
    },
    ...(options.json === undefined ? {} : { body: Buffer.from(JSON.stringify(options.json)) }),
    timeoutMs: options.timeoutMs,
    limit: options.limit
  })
  if (!options.ok.includes(response.status)) {
    throw new ServiceHttpError({
      status: response.status,
      said: reasonOf({
        bytes: response.bytes.subarray(0, ERROR_BODY_LIMIT),
        fallback: response.statusText
      }),
      location: response.location
    })
  }
  if (response.truncated) {
    throw new Error(
      `${operation} on ${url.host}: the answer is over the ${options.limit / 1024} KiB limit; refusing to read it`
    )
  }
  return response.bytes
}

/** The `message` of a JSON error body (Rekor's and Fulcio's form), else the status text. */
function reasonOf(options: { bytes: Buffer; fallback: string }): string {
  let said = options.fallback
  try {
    const body = JSON.parse(options.bytes.toString('utf8')) as { message?: unknown }
    if (typeof body.message === 'string' && body.message.length > 0) said = body.message
  } catch {
    // not JSON: the status text says enough
  }
  const line = escapeControls({ text: said, keepLines: false })
  return line.length > REASON_LENGTH ? `${line.slice(0, REASON_LENGTH)}…` : line
}
