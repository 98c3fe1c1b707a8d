import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createServer as createHttpServer } from 'node:http'
import { createServer as createTcpServer } from 'node:net'
import type { Socket } from 'node:net'
import { join } from 'node:path'
import { closeServer, listenOnLoopback } from '@sign/testenv'
import type { IssuedCertificate, OpensslCa } from './openssl-ca.ts'

/** A server the tests started, and how to stop it. */
export interface RunningServer {
  port: number
  /** http://127.0.0.1:<port> */
  url: string
  stop(): Promise<void>
}

/** Options of {@link startFileServer}. */
export interface StartFileServerOptions {
  /** Files served by name: GET /<name> → <root>/<name>; anything else is a 404. */
  root: string
}

/** A static file server on 127.0.0.1: how CAs publish their CRLs. */
export async function startFileServer(options: StartFileServerOptions): Promise<RunningServer> {
  const server = createHttpServer((request, response) => {
    const name = (request.url ?? '/').slice(1)
    if (request.method !== 'GET' || !/^[\w.-]+$/.test(name)) {
      response.writeHead(404).end()
      return
    }
    readFile(join(options.root, name)).then(
      body => response.writeHead(200, { 'content-type': 'application/pkix-crl' }).end(body),
      () => response.writeHead(404).end()
    )
  })
  const { port } = await listenOnLoopback(server)
  return { port, url: `http://127.0.0.1:${port}`, stop: () => closeServer(server) }
}

/**
 * A TCP server on 127.0.0.1 that accepts connections and never answers: a hanging OCSP
 * responder. No real component can be told to hang, so this one is hand-made.
 */
export async function startSilentServer(): Promise<RunningServer> {
  const sockets = new Set<Socket>()
  const server = createTcpServer(socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const { port } = await listenOnLoopback(server)
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await closeServer(server)
    }
  }
}

/** Raised when `openssl ocsp` could not listen on its port; the caller picks another. */
export class PortInUseError extends Error {}

/** Options of {@link startOcspResponder}. */
export interface StartOcspResponderOptions {
  /** The CA whose database (index.txt) the responder answers from. */
  ca: OpensslCa
  /** The certificate and key that sign the responses (the CA, a delegate, or a forger). */
  signer: IssuedCertificate
  port: number
  /** nextUpdate = thisUpdate + this many minutes. */
  validityMinutes?: number
}

/** A real `openssl ocsp` responder on `port` (it listens on every interface). */
export async function startOcspResponder(
  options: StartOcspResponderOptions
): Promise<RunningServer> {
  const args = [
    'ocsp',
    '-index',
    options.ca.indexPath,
    '-CA',
    options.ca.certPath,
    '-rsigner',
    options.signer.certPath,
    '-rkey',
    options.signer.keyPath,
    '-port',
    String(options.port),
    '-nmin',
    String(options.validityMinutes ?? 60),
    '-ignore_err'
  ]
  const child = spawn('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] })
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  let stderr = ''
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      if (stderr.includes('waiting for OCSP client connections')) resolve()
    })
    child.once('exit', code => {
      const message = `openssl ocsp exited (${code}): ${stderr}`
      reject(/in use|bind|accept/i.test(stderr) ? new PortInUseError(message) : new Error(message))
    })
    child.once('error', reject)
  })
  return {
    port: options.port,
    url: `http://127.0.0.1:${options.port}`,
    stop: async () => {
      const running = child.exitCode === null && child.signalCode === null
      if (running && child.pid !== undefined) process.kill(child.pid, 'SIGTERM')
      await exited
    }
  }
}
