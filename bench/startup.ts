// bench/startup: how fast each committed bundle starts, and how big it is. Each action bundle is
// started as the runner starts it (no inputs, so it stops at its first check) and timed from spawn
// to its first byte of output; `sign help` is timed from spawn to exit. The baseline is a bare
// node process doing the same (its first output, or exit). Rounds interleave every command, so
// drift on a shared machine hits all alike. A bundle's size is every .js file in its directory.
// Medians and ratios to the baseline are printed and written to bench/results/startup.json.
//   node bench/startup.ts [--rounds R]
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '9' } } })
const rounds = Number(values.rounds)
const GOAL_RATIO = 3
const GOAL_BUNDLE_MIB = 3

interface Probe {
  name: string
  args: string[]
  /** Time to the first byte of output, or to exit. */
  until: 'first-output' | 'exit'
}

/** Spawns `node …args` in an empty runner-like environment; resolves with the milliseconds. */
function time(probe: Probe, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(process.execPath, probe.args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let seen = false
    const first = () => {
      if (seen || probe.until !== 'first-output') return
      seen = true
      done(performance.now() - started)
    }
    child.stdout.on('data', first)
    child.stderr.on('data', () => undefined)
    child.on('error', fail)
    child.on('exit', () => {
      if (!seen) done(performance.now() - started)
    })
  })
}

const actions = readdirSync(join(root, 'dist'), { withFileTypes: true })
  .filter(entry => entry.isDirectory() && entry.name !== 'cli')
  .map(entry => entry.name)
  .sort()
const probes: Probe[] = [
  { name: 'node (first output)', args: ['-e', "process.stdout.write('x')"], until: 'first-output' },
  { name: 'node -e 0 (exit)', args: ['-e', '0'], until: 'exit' },
  ...actions.map(name => ({
    name,
    args: [join(root, 'dist', name, 'index.js')],
    until: 'first-output' as const
  })),
  { name: 'sign help', args: [join(root, 'dist/cli/index.js'), 'help'], until: 'exit' }
]

/**
 * The code a runner may load for a bundle: every JavaScript file in its directory (the entry and
 * the parts it loads on demand), not the entry alone. Not counted: licenses.txt and the source
 * maps (`*.js.map`, about 0.7× the code, read only to put TypeScript positions in stack traces).
 */
function downloadBytes(entry: string): number {
  const directory = dirname(entry)
  return readdirSync(directory)
    .filter(name => name.endsWith('.js'))
    .reduce((total, name) => total + statSync(join(directory, name)).size, 0)
}

const work = mkdtempSync(join(tmpdir(), 'sign-bench-startup-'))
try {
  for (const file of ['output', 'summary', 'env', 'path', 'state'])
    writeFileSync(join(work, file), '')
  const env = {
    PATH: process.env['PATH'],
    HOME: work,
    RUNNER_TEMP: work,
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary'),
    GITHUB_ENV: join(work, 'env'),
    GITHUB_PATH: join(work, 'path'),
    GITHUB_STATE: join(work, 'state')
  }
  const samples = new Map<string, number[]>(probes.map(probe => [probe.name, []]))
  for (const probe of probes) await time(probe, env) // warm the file cache
  for (let round = 0; round < rounds; round++) {
    for (const probe of probes) samples.get(probe.name)?.push(await time(probe, env))
  }
  const median = (list: number[]) =>
    [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN
  const baseline = {
    'first-output': median(samples.get('node (first output)') ?? []),
    exit: median(samples.get('node -e 0 (exit)') ?? [])
  }
  const rows = probes.map(probe => {
    const ms = median(samples.get(probe.name) ?? [])
    const bundle = probe.args[0]?.endsWith('index.js') ? probe.args[0] : undefined
    const mib = bundle === undefined ? null : Number((downloadBytes(bundle) / 2 ** 20).toFixed(2))
    const ratio = Number((ms / baseline[probe.until]).toFixed(1))
    return { name: probe.name, until: probe.until, medianMs: Math.round(ms), ratio, bundleMiB: mib }
  })
  const result = {
    rounds,
    goals: { startRatioAtMost: GOAL_RATIO, bundleMiBAtMost: GOAL_BUNDLE_MIB },
    rows: rows.map(row => ({
      ...row,
      meetsGoals:
        row.bundleMiB === null ? null : row.ratio <= GOAL_RATIO && row.bundleMiB <= GOAL_BUNDLE_MIB
    }))
  }
  mkdirSync(join(root, 'bench/results'), { recursive: true })
  writeFileSync(join(root, 'bench/results/startup.json'), `${JSON.stringify(result, null, 2)}\n`)
  for (const row of result.rows) {
    const size = row.bundleMiB === null ? '' : `  ${row.bundleMiB.toFixed(2)} MiB`
    const goal = row.meetsGoals === null ? '' : row.meetsGoals ? '  meets goals' : '  misses goals'
    console.log(
      `${row.name.padEnd(22)} ${String(row.medianMs).padStart(5)} ms to ${row.until.padEnd(12)} ×${row.ratio}${size}${goal}`
    )
  }
  console.log(
    `medians of ${rounds} interleaved rounds; goals: ≤ ×${GOAL_RATIO} of node, ≤ ${GOAL_BUNDLE_MIB} MiB`
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
