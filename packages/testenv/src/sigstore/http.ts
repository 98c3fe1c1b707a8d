import { createServer, type IncomingMessage, type Server } from 'node:http'

/** The services the stack plays; every request that reaches one is counted against it. */
export type SigstoreService = 'fulcio' | 'rekor' | 'tsa' | 'tuf'

/** Requests received per service since the stack started or since the last `reset()`. */
export interface SigstoreRequestCounts extends Record<SigstoreService, number> {
  reset(): void
}

/** What a service answers. */
export interface ServiceReply {
  status: number
  body: string | Buffer
  contentType: string
  headers?: Record<string, string>
}

/** One endpoint of one service. */
export interface ServiceRoute {
  service: SigstoreService
  method: 'GET' | 'POST'
  /** An exact path, or a prefix ending in `/` whose remainder is handed over as `rest`. */
  path: string
  handle(request: {
    body: string
    /** The body as sent, for binary requests (an RFC 3161 timestamp query). */
    bytes: Buffer
    /** The Content-Type header, when the request had one. */
    contentType?: string
    rest: string
    /** The Authorization header, when the request had one. */
    authorization?: string
  }): ServiceReply | Promise<ServiceReply>
}

/** Counters starting at zero. */
export function createRequestCounts(): SigstoreRequestCounts {
  const counts: SigstoreRequestCounts = {
    fulcio: 0,
    rekor: 0,
    tsa: 0,
    tuf: 0,
    reset: () => Object.assign(counts, { fulcio: 0, rekor: 0, tsa: 0, tuf: 0 })
  }
  return counts
}

/** A JSON reply, the way the real services send errors and entries. */
export function jsonReply(
  status: number,
  body: unknown,
  headers?: Record<string, string>
): ServiceReply {
  return { status, body: JSON.stringify(body), contentType: 'application/json', headers }
}

/** What @sigstore/mock's and @tufjs/repo-mock's handlers return. */
export interface MockResult {
  statusCode: number
  response: string | ArrayBufferView
  contentType?: string
}

/** Turns the result of an @sigstore/mock or @tufjs/repo-mock handler into a reply. */
export function fromMockResult(result: MockResult): ServiceReply {
  const { response } = result
  return {
    status: result.statusCode,
    body:
      typeof response === 'string'
        ? response
        : Buffer.from(response.buffer, response.byteOffset, response.byteLength),
    contentType: result.contentType ?? 'text/plain'
  }
}

/**
 * An HTTP server dispatching to `routes` (read on every request, so they can be added once the
 * port, which some services embed in what they sign, is known) and counting each request.
 */
export function createStackServer(options: {
  routes: ServiceRoute[]
  requests: SigstoreRequestCounts
}): Server {
  return createServer((req, res) => {
    void answer(req, options).then(
      reply => {
        res
          .writeHead(reply.status, { ...reply.headers, 'content-type': reply.contentType })
          .end(reply.body)
      },
      // Only reading the request can fail here (the client went away): drop the connection.
      () => res.destroy()
    )
  })
}

async function answer(
  req: IncomingMessage,
  options: { routes: ServiceRoute[]; requests: SigstoreRequestCounts }
): Promise<ServiceReply> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
  const route = options.routes.find(
    candidate =>
      candidate.method === req.method &&
      (candidate.path === path || (candidate.path.endsWith('/') && path.startsWith(candidate.path)))
  )
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  if (!route) return jsonReply(404, { code: 404, message: `no route ${req.method} ${path}` })
  options.requests[route.service] += 1
  try {
    const bytes = Buffer.concat(chunks)
    const body = bytes.toString()
    const authorization = req.headers.authorization
    const contentType = req.headers['content-type']
    return await route.handle({
      body,
      bytes,
      ...(contentType === undefined ? {} : { contentType }),
      rest: path.slice(route.path.length),
      ...(authorization === undefined ? {} : { authorization })
    })
  } catch (error) {
    return jsonReply(500, { code: 500, message: String(error) })
  }
}
