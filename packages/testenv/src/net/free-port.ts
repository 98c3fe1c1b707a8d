import { createServer } from 'node:net'
import { closeServer, listenOnLoopback } from './loopback.ts'

/**
 * A port on 127.0.0.1 that was free a moment ago, for servers we do not run in-process (the
 * registry binary takes its address from a config file). Callers retry on EADDRINUSE.
 */
export async function findFreePort(): Promise<number> {
  const server = createServer()
  const { port } = await listenOnLoopback(server)
  await closeServer(server)
  return port
}
