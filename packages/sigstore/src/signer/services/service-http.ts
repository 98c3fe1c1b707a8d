import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import {
  isRetryableError,
  isRetryableStatus,
  networkErrorCode,
  retryBudget,
  type RetryPolicy
} from '@sign/oci'

/** One request to a Sigstore service. */
export interface ServiceRequest {
  /** What it is for (`rekor.entry.create`), in errors. */
  operation: string
  method: 'GET' | 'POST'
  url: URL
  headers: Record<string, string>
  body?: Buffer
  /** Per try: no answer within this many ms is ETIMEDOUT, retried like a reset. */
  timeoutMs: number
  /** The most bytes of an answer read; past it the read stops (see `truncated`). */
  limit: number
}

/** What came back: the status, the headers, and the body up to the limit. */
export interface ServiceResponse {
  status: number
  statusText: string
  location: string | undefined
  retryAfter: string | undefined
  bytes: Buffer
  /** The body went on past `limit`: `bytes` holds its start, the rest was never read. */
  truncated: boolean
}

/** Sends requests to Sigstore services; see {@link createServiceHttp}. */
export interface ServiceHttp {
  send(request: ServiceRequest): Promise<ServiceResponse>
}

/** Options of {@link createServiceHttp}. */
export interface ServiceHttpOptions {
  retry: RetryPolicy
  /** Connections kept open per service. */
  connections: number
}

/**
 * node:http(s) for Rekor and the TSA: small JSON requests, one of each per signature, over
 * kept-alive connections (a third of the CPU of fetch per request, measured), through the proxy
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY name, as sigstore-js's client does. Every request here may
 * be sent twice, so network errors, timeouts and 408/429/5xx are retried by the policy
 * (Retry-After honoured); the last answer is returned whatever its status.
 */
export function createServiceHttp(options: ServiceHttpOptions): ServiceHttp {
  const agents = {
    http: new HttpAgent({
      keepAlive: true,
      maxSockets: options.connections,
      proxyEnv: process.env
    }),
    https: new HttpsAgent({
      keepAlive: true,
      maxSockets: options.connections,
      proxyEnv: process.env
    })
  }
  // (An idle kept-alive socket does not hold the process open: the agent unrefs it.)
  return {
    send: async request => {
      const budget = retryBudget({ policy: options.retry })
      for (;;) {
        let response: ServiceResponse
        try {
          response = await sendOnce({ request, agents })
        } catch (error) {
          if (isRetryableError(error) && (await budget.next())) continue
          throw networkFailure({ request, error, tries: budget.tries })
        }
        if (!isRetryableStatus(response.status)) return response
        const delay = budget.delay({ retryAfter: response.retryAfter ?? null })
        if (delay === undefined) return response
        await budget.wait(delay)
      }
    }
  }
}

function sendOnce(options: {
  request: ServiceRequest
  agents: { http: HttpAgent; https: HttpsAgent }
}): Promise<ServiceResponse> {
  const { request, agents } = options
  const secure = request.url.protocol === 'https:'
  const send = secure ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const outgoing = send(request.url, {
      method: request.method,
      agent: secure ? agents.https : agents.http,
      headers: {
        ...request.headers,
        ...(request.body === undefined ? {} : { 'content-length': request.body.byteLength })
      },
      timeout: request.timeoutMs
    })
    outgoing.on('timeout', () =>
      outgoing.destroy(
        Object.assign(new Error(`no answer within ${request.timeoutMs} ms`), { code: 'ETIMEDOUT' })
      )
    )
    outgoing.on('error', reject)
    outgoing.on('response', (incoming: IncomingMessage) => {
      readUpTo({ incoming, limit: request.limit }).then(({ bytes, truncated }) => {
        const header = (name: string) => {
          const value = incoming.headers[name]
          return typeof value === 'string' ? value : undefined
        }
        resolve({
          status: incoming.statusCode ?? 0,
          statusText: incoming.statusMessage ?? '',
          location: header('location'),
          retryAfter: header('retry-after'),
          bytes,
          truncated
        })
      }, reject)
    })
    outgoing.end(request.body)
  })
}

/** The body up to `limit` bytes; a longer one is cut off there and its connection closed. */
function readUpTo(options: {
  incoming: IncomingMessage
  limit: number
}): Promise<{ bytes: Buffer; truncated: boolean }> {
  const { incoming, limit } = options
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let length = 0
    incoming.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      length += chunk.byteLength
      if (length > limit) {
        incoming.destroy()
        resolve({ bytes: Buffer.concat(chunks).subarray(0, limit), truncated: true })
      }
    })
    incoming.on('end', () => resolve({ bytes: Buffer.concat(chunks), truncated: false }))
    incoming.on('error', reject)
  })
}

/** A request that got no answer, after its tries: the system code, where, and how often. */
function networkFailure(options: {
  request: ServiceRequest
  error: unknown
  tries: number
}): Error {
  const { request, error, tries } = options
  const code = networkErrorCode(error)
  const reason = code ?? (error instanceof Error ? error.message : String(error))
  const message = `${request.operation}: ${request.method} ${request.url.host}${request.url.pathname} failed: ${reason}${tries > 1 ? ` (after ${tries} tries)` : ''}`
  return Object.assign(new Error(message, { cause: error }), code === undefined ? {} : { code })
}
