import type { Server } from 'node:net'

/** Where a server started by the test environment listens: always 127.0.0.1, a random port. */
export interface LoopbackAddress {
  host: '127.0.0.1'
  port: number
}

/** Starts `server` on 127.0.0.1 with a port chosen by the kernel. */
export async function listenOnLoopback(server: Server): Promise<LoopbackAddress> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  if (address === null || typeof address === 'string') {
    throw new Error('server did not report a TCP address after listen()')
  }
  return { host: '127.0.0.1', port: address.port }
}

/** Stops `server` and drops its kept-alive connections so nothing is left open. */
export async function closeServer(server: Server): Promise<void> {
  if (!server.listening) return
  const closing = new Promise<void>((resolve, reject) => {
    server.close(error => (error ? reject(error) : resolve()))
  })
  const http = server as Server & { closeAllConnections?: () => void }
  http.closeAllConnections?.()
  await closing
}
