import { spawn } from 'node:child_process'
import { constants } from 'node:os'

/** What a finished script left: its exit code and output. */
export interface ScriptRun {
  /** The exit code; 128 + the signal number when a signal ended it. */
  exitCode: number
  stdout: string
  stderr: string
  /** stdout and stderr interleaved in the order they arrived. */
  log: string
  durationMs: number
}

/**
 * Runs `node <entry>` with exactly `env` (nothing inherited) in `cwd`, as the runner starts a
 * node24 action. The script gets its own process group; after `timeoutMs` the whole group is
 * killed with SIGKILL by its pid and the promise rejects with the log so far.
 */
export async function runNodeScript(options: {
  entry: string
  env: Record<string, string>
  cwd: string
  timeoutMs: number
}): Promise<ScriptRun> {
  const started = performance.now()
  const child = spawn(process.execPath, [options.entry], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  })
  const output = { stdout: '', stderr: '', log: '' }
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].setEncoding('utf8')
    child[stream].on('data', (chunk: string) => {
      output[stream] += chunk
      output.log += chunk
    })
  }
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    killGroup(child.pid)
  }, options.timeoutMs)
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        child.once('error', reject)
        child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]))
      }
    )
    if (timedOut) {
      throw new Error(
        `${options.entry} did not finish within ${options.timeoutMs} ms and was killed ` +
          `(pid ${child.pid}). Its log:\n${output.log.slice(-4000)}`
      )
    }
    const exitCode = code ?? 128 + (signal === null ? 0 : constants.signals[signal])
    return { exitCode, ...output, durationMs: Math.round(performance.now() - started) }
  } finally {
    clearTimeout(timer)
  }
}

/** SIGKILL to the script's process group (its children too), or to the script alone. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL')
      return
    } catch {
      // Already gone: try the next target.
    }
  }
}
