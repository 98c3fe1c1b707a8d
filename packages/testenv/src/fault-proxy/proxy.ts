import {
  Agent as HttpAgent,
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import {
  Agent as HttpsAgent,
  createServer as createHttpsServer,
  request as httpsRequest
} from 'node:https'
import { closeServer, listenOnLoopback } from '../net/loopback.ts'
import { issueTlsServerCertificate } from '../pki/test-ca.ts'
import { chooseFault, FAULT_KINDS, type FaultKind, type FaultPlan } from './faults.ts'

/** How to start a fault-injecting proxy. */
export interface FaultProxyOptions extends FaultPlan {
  /** The server every request is forwarded to: `http://127.0.0.1:<port>` or `https://…`. */
  upstream: string
  /** Serve HTTPS with a certificate from the test CA (default: plain HTTP). */
  tls?: boolean
  /** How long a `slow` answer is held back, in ms (default 1500). */
  slowMs?: number
}

/** One request the proxy received. */
export interface ProxiedRequest {
  method: string
  path: string
  attempt: number
  /** The fault it met, if any. */
  fault: FaultKind | undefined
  /** The status the client got (undefined when its connection was dropped). */
  status: number | undefined
}

/** A running proxy. */
export interface FaultProxy {
  /** `http(s)://127.0.0.1:<port>`. */
  url: string
  /** `127.0.0.1:<port>`. */
  host: string
  port: number
  /** Every request received, in order of arrival. */
  readonly log: readonly ProxiedRequest[]
  /** Faults injected so far, per kind (every kind present, 0 when none). */
  faults(): Record<FaultKind, number>
  stop(): Promise<void>
}

/** Hop-by-hop headers, which belong to one connection and are not forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer'
])

/**
 * A forwarding proxy on 127.0.0.1 in front of a real server, injecting faults into a share of
 * the requests (see FaultKind), chosen per request from a seed (see chooseFault). The Host
 * header is passed on unchanged and X-Forwarded-Proto says the proxy's scheme, so the URLs a
 * server builds from them (a registry's upload Location) point back at the proxy.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(options.upstream)
  const secureUpstream = upstream.protocol === 'https:'
  const agent = secureUpstream
    ? new HttpsAgent({ keepAlive: true })
    : new HttpAgent({ keepAlive: true })
  const send = secureUpstream ? httpsRequest : httpRequest
  const slowMs = options.slowMs ?? 1500
  const scheme = options.tls ? 'https' : 'http'
  const log: ProxiedRequest[] = []
  const seen = new Map<string, number>()
  const counts = Object.fromEntries(FAULT_KINDS.map(kind => [kind, 0])) as Record<FaultKind, number>

  const forward = (
    req: IncomingMessage,
    body: Buffer
  ): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const headers = withoutHopByHop(req.headers)
      headers['x-forwarded-proto'] = scheme
      headers['content-length'] = String(body.byteLength)
      const out = send(
        {
          agent,
          host: upstream.hostname,
          port: upstream.port,
          servername: upstream.hostname === '127.0.0.1' ? undefined : upstream.hostname,
          method: req.method,
          path: req.url,
          headers
        },
        response => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('error', reject)
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 502,
              headers: response.headers,
              body: Buffer.concat(chunks)
            })
          )
        }
      )
      out.on('error', reject)
      out.end(body)
    })

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET'
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const id = `${method} ${path}`
    const attempt = (seen.get(id) ?? 0) + 1
    seen.set(id, attempt)
    const fault = chooseFault({ plan: options, key: { method, path, attempt } })
    const entry: ProxiedRequest = { method, path, attempt, fault, status: undefined }
    log.push(entry)
    if (fault) counts[fault]++
    if (fault === 'reset-before') {
      req.socket.destroy()
      return
    }
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    if (fault?.startsWith('status-')) {
      const status = Number(fault.slice('status-'.length))
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (status === 429) headers['retry-after'] = '1'
      entry.status = status
      res.writeHead(status, headers).end(JSON.stringify({ message: `injected ${status}` }))
      return
    }
    const answer = await forward(req, body)
    if (fault === 'drop-response') {
      req.socket.destroy()
      return
    }
    if (fault === 'slow') await new Promise(resolve => setTimeout(resolve, slowMs))
    entry.status = answer.status
    const headers = withoutHopByHop(answer.headers)
    if (method !== 'HEAD' && answer.headers['content-length'] === undefined)
      headers['content-length'] = String(answer.body.byteLength)
    res.writeHead(answer.status, headers).end(method === 'HEAD' ? undefined : answer.body)
  }

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch(() => {
      // The upstream failed or the client went away: the client sees its connection dropped.
      req.socket.destroy()
    })
  }
  let server: Server
  if (options.tls) {
    const { certPem, keyPem } = await issueTlsServerCertificate()
    server = createHttpsServer({ cert: certPem, key: keyPem }, onRequest)
  } else {
    server = createHttpServer(onRequest)
  }
  const { port } = await listenOnLoopback(server)
  const host = `127.0.0.1:${port}`
  return {
    url: `${scheme}://${host}`,
    host,
    port,
    log,
    faults: () => ({ ...counts }),
    stop: async () => {
      await closeServer(server)
      agent.destroy()
    }
  }
}

function withoutHopByHop(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value
  }
  return kept
}
