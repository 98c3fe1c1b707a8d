import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { findFreePort } from '../net/free-port.ts'

/** Why the registry did not come up: its port was taken, it exited, or it never answered. */
export class RegistryStartError extends Error {
  readonly code: 'EADDRINUSE' | 'EXITED' | 'TIMEOUT'
  constructor(options: { code: RegistryStartError['code']; message: string }) {
    super(options.message)
    this.name = 'RegistryStartError'
    this.code = options.code
  }
}

/** A running registry process (docker-registry or olareg). */
export interface RegistryProcess {
  pid: number
  /** SIGTERM, SIGKILL after `killAfterMs`, and resolves once the process has exited. */
  stop(): Promise<void>
}

interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
  error?: Error
}

/** The last `lines` lines `logPath` gained since it was `from` bytes long. */
function logTail(options: { logPath: string; from: number; lines: number }): string {
  if (!existsSync(options.logPath)) return ''
  const text = readFileSync(options.logPath).subarray(options.from).toString()
  return text.trimEnd().split('\n').slice(-options.lines).join('\n')
}

/** Whether `url` answers as a registry does (any status); another server on the port does not. */
async function probe(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) })
    await response.arrayBuffer()
    return response.headers.get('docker-distribution-api-version') === 'registry/2.0'
  } catch {
    return false // not listening yet
  }
}

/**
 * Starts `command args…` (a registry server: `docker-registry serve <config>`, `olareg serve …`)
 * with its output appended to `logPath`, and waits until `readyUrl` (the registry's /v2/)
 * answers as a registry, whatever the status. Throws RegistryStartError with the log's tail when
 * the process exits first (EADDRINUSE when its port was taken) or does not answer within
 * `timeoutMs`.
 */
export async function launchRegistryProcess(options: {
  command: string
  args: string[]
  logPath: string
  readyUrl: string
  timeoutMs: number
  killAfterMs: number
}): Promise<RegistryProcess> {
  const { logPath } = options
  const from = existsSync(logPath) ? statSync(logPath).size : 0
  const log = openSync(logPath, 'a')
  const name = basename(options.command)
  const child = spawn(options.command, options.args, {
    stdio: ['ignore', log, log]
  })
  closeSync(log)
  let exit: Exit | undefined
  const exited = new Promise<Exit>(resolve => {
    child.once('error', error => resolve((exit = { code: null, signal: null, error })))
    child.once('exit', (code, signal) => resolve((exit = { code, signal })))
  })
  const stop = async (): Promise<void> => {
    if (exit) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs)
    await exited
    clearTimeout(timer)
  }

  const deadline = Date.now() + options.timeoutMs
  while (Date.now() < deadline) {
    if (exit) {
      const tail = logTail({ logPath, from, lines: 20 })
      const code = tail.includes('address already in use') ? 'EADDRINUSE' : 'EXITED'
      const how = exit.error?.message ?? `with ${exit.signal ?? `code ${exit.code}`}`
      throw new RegistryStartError({
        code,
        message: `${name} exited ${how} before answering. Log tail (${logPath}):\n${tail}`
      })
    }
    // An exit ends the wait at once, even while a probe hangs on a squatter holding the port.
    const answered = await Promise.race([probe(options.readyUrl), exited.then(() => false)])
    if (answered && child.pid !== undefined && !exit) return { pid: child.pid, stop }
    await sleep(20)
  }
  await stop()
  const tail = logTail({ logPath, from, lines: 20 })
  const waited = `within ${options.timeoutMs} ms`
  throw new RegistryStartError({
    code: 'TIMEOUT',
    message: `${name} did not answer ${options.readyUrl} ${waited}. Log tail:\n${tail}`
  })
}

const PORT_ATTEMPTS = 5

/**
 * Starts a registry on a free port with `launch(port)`; when the port turns out to be taken
 * (EADDRINUSE: another process won the race since it was free), tries a fresh one, up to five
 * times.
 */
export async function launchOnFreePort(options: {
  firstPort: number | undefined
  launch: (port: number) => Promise<RegistryProcess>
}): Promise<{ port: number; process: RegistryProcess }> {
  let port = options.firstPort ?? (await findFreePort())
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { port, process: await options.launch(port) }
    } catch (error) {
      const portTaken = error instanceof RegistryStartError && error.code === 'EADDRINUSE'
      if (!portTaken || attempt >= PORT_ATTEMPTS) throw error
      port = await findFreePort()
    }
  }
}
