// A registry that answers every manifest request with an error whose body carries an attack.
// No real registry sends such bodies on demand, so this is a scripted responder on loopback: it
// stands for a compromised or malicious registry, which is the point of the tests that use it.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface HostileRegistry {
  /** host:port, for image references. */
  host: string
  /** Every request line seen, `METHOD path`. */
  requests: string[]
  stop(): Promise<void>
}

/** Starts the registry; `message` is the OCI error message it returns for every manifest. */
export async function startHostileRegistry(options: { message: string }): Promise<HostileRegistry> {
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`)
    if (request.url === '/v2/') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
      return
    }
    const digest = /\/manifests\/(sha256:[0-9a-f]{64})$/u.exec(request.url ?? '')?.[1]
    if (request.method === 'HEAD' && digest !== undefined) {
      // The manifest "exists", so the client goes on to GET it.
      response
        .writeHead(200, {
          'docker-content-digest': digest,
          'content-type': 'application/vnd.oci.image.manifest.v1+json',
          'content-length': '2'
        })
        .end()
      return
    }
    // 403 DENIED: not retried, and its body is the registry's reason, which clients show.
    const body = JSON.stringify({ errors: [{ code: 'DENIED', message: options.message }] })
    response.writeHead(403, { 'content-type': 'application/json' }).end(body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
