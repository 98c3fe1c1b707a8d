// Headless Chromium (Debian's `chromium`, installed by scripts/bootstrap.sh) driven by its own
// command line: --dump-dom prints the DOM once the page's scripts ran, --screenshot writes a PNG of
// the window. Each call is a fresh browser with a fresh profile, without any background
// networking (the machine has no network beyond loopback), killed with its process group if it
// hangs.
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { WINDOW_WIDTH, type PageMeasure } from './render-page.ts'

/** The `chromium` executable on PATH, or undefined. */
export function findChromium(): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, 'chromium')
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not in this directory
    }
  }
  return undefined
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--force-device-scale-factor=1',
  '--virtual-time-budget=5000'
]

/** Runs chromium on `file` with `args`; resolves with its stdout. */
async function runChromium(options: {
  chromium: string
  file: string
  args: string[]
  timeoutMs?: number
}): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'summary-chromium-'))
  try {
    return await new Promise<string>((resolvePromise, reject) => {
      const child = spawn(
        options.chromium,
        [...FLAGS, `--user-data-dir=${profile}`, ...options.args, pathToFileURL(options.file).href],
        { stdio: ['ignore', 'pipe', 'pipe'], detached: true }
      )
      const stdout: Buffer[] = []
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
      child.stderr.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-4000)
      })
      const timer = setTimeout(() => {
        // The browser's own process group: it, its zygote, renderer and utility processes.
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
        reject(new Error(`chromium took longer than ${options.timeoutMs ?? 30_000} ms`))
      }, options.timeoutMs ?? 30_000)
      child.on('error', error => {
        clearTimeout(timer)
        reject(error)
      })
      child.on('close', code => {
        clearTimeout(timer)
        if (code === 0) resolvePromise(Buffer.concat(stdout).toString('utf8'))
        else reject(new Error(`chromium exited with ${code}:\n${stderr}`))
      })
    })
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

/** Loads the page at `file` in a 1280 px window and returns what its script measured. */
export async function measurePage(options: {
  chromium: string
  file: string
}): Promise<PageMeasure> {
  const dom = await runChromium({
    ...options,
    args: [`--window-size=${WINDOW_WIDTH},900`, '--dump-dom']
  })
  const match = /<pre id="measure"[^>]*>([^<]*)<\/pre>/.exec(dom)
  if (!match?.[1]) throw new Error(`the page measured nothing; its DOM:\n${dom.slice(0, 2000)}`)
  return JSON.parse(decodeURIComponent(match[1])) as PageMeasure
}

/** A screenshot of the page at `file`, 1280 px wide and `height` px high, written to `png`. */
export async function screenshotPage(options: {
  chromium: string
  file: string
  png: string
  height: number
}): Promise<void> {
  await runChromium({
    chromium: options.chromium,
    file: options.file,
    args: [`--window-size=${WINDOW_WIDTH},${options.height}`, `--screenshot=${options.png}`]
  })
}
