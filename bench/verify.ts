// bench/verify: Sigstore bundle verification throughput. N small files are signed keyless against
// the loopback Sigstore stack (setup, not measured), then the same N bundles are verified, side
// by side: (a) by @sign/sigstore's verifyBundle in one process; (b) by @sigstore/verify called
// directly per bundle, trust material rebuilt per bundle, and with one Verifier reused; (c) by
// one `sign verify-bundle` process per bundle, for a sample extrapolated to N. Every
// verification must succeed: a failure aborts the bench. Each mode runs in processes of its own,
// so its peak RSS is its alone (see verify-modes.ts); a further mode is one more entry in MODES.
// The modes run in rounds, interleaved (a, b, b′, c, a, …), and each reports its median round,
// so that load from elsewhere on the machine skews no mode alone.
//   node bench/verify.ts [--bundles N] [--rounds R]     (writes bench/results/verify.json)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  inProcessMode,
  loadDirectVerify,
  loadSignVerify,
  spawnedMode,
  type BenchSetup,
  type Measurement,
  type Mode
} from './verify-modes.ts'

const BUNDLES = Number(process.argv[process.argv.indexOf('--bundles') + 1]) || 200
const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3
const CLI_SAMPLE = 20
const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js')

/** The signer and trusted root, as both CLI commands take them (in verify-bundle's order). */
const policyArgs = (setup: BenchSetup): string[] => [
  '--certificate-identity',
  setup.identity,
  '--certificate-oidc-issuer',
  setup.issuer,
  '--trusted-root',
  setup.trustedRootPath
]

const MODES: Mode[] = [
  inProcessMode({
    name: 'sign',
    label: '(a) sign: verifyBundle, one process',
    load: loadSignVerify
  }),
  inProcessMode({
    name: 'direct-per-bundle',
    label: '(b) @sigstore/verify direct, trust material + Verifier per bundle',
    load: () => loadDirectVerify({ reuseVerifier: false })
  }),
  inProcessMode({
    name: 'direct-reused',
    label: '(b′) @sigstore/verify direct, one Verifier reused',
    load: () => loadDirectVerify({ reuseVerifier: true })
  }),
  spawnedMode({
    name: 'cli-per-bundle',
    label: `(c) sign verify-bundle CLI, one process per bundle (extrapolated)`,
    sample: bundles => Math.min(bundles, CLI_SAMPLE),
    commands: ({ setup, files }) =>
      files.map(file => [
        CLI,
        'verify-bundle',
        '--bundle',
        `${file}.sigstore.json`,
        ...policyArgs(setup),
        file
      ])
  }),
  spawnedMode({
    name: 'cli-verify-all',
    label: '(d) sign verify CLI, all N files in one process',
    sample: bundles => bundles,
    commands: ({ setup, files }) => [[CLI, 'verify', ...policyArgs(setup), ...files]]
  })
]

/** One mode's figures for all N bundles (extrapolated from its sample when it ran one). */
interface Row {
  mode: string
  label: string
  bundles: number
  measuredBundles: number
  extrapolated: boolean
  /** The median round's (the lower median for an even number of rounds). */
  totalMs: number
  /** Every round's totalMs, in order. */
  roundsTotalMs: number[]
  msPerBundle: number
  bundlesPerSecond: number
  /** Spawn to exit of the mode's process(es) over the measured bundles: Node start included. */
  processMs: number
  /** The largest over all rounds. */
  peakRssMiB: number
  /** totalMs over mode (a)'s: above 1 is slower than sign in one process. */
  timeVsSign: number
}

function toRow(options: { mode: Mode; rounds: Measurement[] }): Omit<Row, 'timeVsSign'> {
  const { mode, rounds } = options
  const total = (r: Measurement) => (r.measuredMs * BUNDLES) / r.measuredBundles
  const sorted = [...rounds].sort((x, y) => total(x) - total(y))
  const m = sorted[Math.floor((sorted.length - 1) / 2)] as Measurement
  const totalMs = total(m)
  return {
    mode: mode.name,
    label: mode.label,
    bundles: BUNDLES,
    measuredBundles: m.measuredBundles,
    extrapolated: m.measuredBundles !== BUNDLES,
    totalMs: round(totalMs, 0),
    roundsTotalMs: rounds.map(r => round(total(r), 0)),
    msPerBundle: round(totalMs / BUNDLES, 3),
    bundlesPerSecond: round((BUNDLES * 1000) / totalMs, 1),
    processMs: round(m.processMs, 0),
    peakRssMiB: round(Math.max(...rounds.map(r => r.peakRssMiB)), 1)
  }
}

/** Measures one mode; throws unless every bundle it verified verified. */
async function measureMode(options: {
  mode: Mode
  setup: BenchSetup
  setupPath: string
  workDirectory: string
}): Promise<Measurement> {
  const { mode } = options
  const measurement = await mode.measure({ ...options, script: import.meta.filename })
  if (measurement.failures > 0 || measurement.verified !== measurement.measuredBundles) {
    throw new Error(
      `${mode.label}: ${measurement.failures} of ${measurement.measuredBundles} verifications failed, ` +
        `${measurement.verified} verified; first failure: ${measurement.firstFailure ?? 'none'}`
    )
  }
  return measurement
}

function printTable(rows: Row[]): void {
  console.table(
    rows.map(r => ({
      mode: r.label,
      bundles: r.extrapolated ? `${r.bundles} (${r.measuredBundles} run)` : r.bundles,
      'total ms': r.totalMs,
      'rounds min–max ms': `${Math.min(...r.roundsTotalMs)}–${Math.max(...r.roundsTotalMs)}`,
      'ms/bundle': r.msPerBundle,
      'bundles/s': r.bundlesPerSecond,
      'process ms': r.processMs,
      'peak RSS MiB': r.peakRssMiB,
      'time vs (a)': `×${r.timeVsSign}`
    }))
  )
}

function writeReport(options: { rows: Row[]; setup: BenchSetup }): string {
  const out = join(import.meta.dirname, 'results')
  mkdirSync(out, { recursive: true })
  const path = join(out, 'verify.json')
  const report = {
    benchmark: 'verify',
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    bundles: BUNDLES,
    rounds: ROUNDS,
    fileSizeBytes: options.setup.fileSizeBytes,
    bundleKind:
      'v0.3 message signatures (one Fulcio certificate, Rekor v1 entry, TSA timestamp), signed by @sign/sigstore createBundleSigner against the testenv Sigstore stack',
    notes: [
      `Modes run in ${ROUNDS} interleaved rounds; totalMs, msPerBundle, bundlesPerSecond and processMs are the median round’s (by totalMs), roundsTotalMs every round’s.`,
      'totalMs: in-process modes, from before the trusted root is read to after the last bundle, imports excluded; spawned modes, the sum of spawn-to-exit times, extrapolated to all bundles from the sample.',
      'processMs: spawn to exit of the mode’s process(es) over the measured bundles, Node start and imports included.',
      'peakRssMiB: process.resourceUsage().maxRSS of the mode’s own process; for one process per bundle, the largest child’s, reported by a --require’d exit hook in a second, untimed run of each sampled command (the hook adds a few ms of startup, so timed runs go without it).',
      'Each file and its bundle are read from disk for every verification, one after another.',
      'In-process modes import the packages from TypeScript source (Node type stripping); the CLI mode runs the esbuild bundle dist/cli/index.js as built, so its startup is the shipped one.'
    ],
    results: options.rows
  }
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/build.mjs first`)
  const workDirectory = mkdtempSync(join(tmpdir(), 'bench-verify-'))
  try {
    const { signBundles } = await import('./verify-setup.ts')
    const filesDirectory = join(workDirectory, 'files')
    mkdirSync(filesDirectory)
    const setup = await signBundles({ directory: filesDirectory, bundles: BUNDLES })
    const setupPath = join(workDirectory, 'setup.json')
    writeFileSync(setupPath, JSON.stringify(setup))
    console.log(
      `signed ${BUNDLES} files (setup); verifying them ${MODES.length} ways, ${ROUNDS} rounds`
    )
    const rounds = MODES.map((): Measurement[] => [])
    for (let i = 0; i < ROUNDS; i++) {
      for (const [index, mode] of MODES.entries()) {
        rounds[index]?.push(await measureMode({ mode, setup, setupPath, workDirectory }))
      }
    }
    const rows = MODES.map((mode, index) => toRow({ mode, rounds: rounds[index] ?? [] }))
    const baseline = rows[0]?.totalMs ?? 1
    const withRatios = rows.map(row => ({ ...row, timeVsSign: round(row.totalMs / baseline, 2) }))
    printTable(withRatios)
    console.log(`wrote ${writeReport({ rows: withRatios, setup })}`)
  } finally {
    rmSync(workDirectory, { recursive: true, force: true })
  }
}

/** Child: runs one in-process mode over the setup, reports on stdout. */
async function child(options: { name: string; setupPath: string }): Promise<void> {
  const mode = MODES.find(candidate => candidate.name === options.name)
  if (mode?.child === undefined) throw new Error(`no in-process mode ${options.name}`)
  const setup = JSON.parse(readFileSync(options.setupPath, 'utf8')) as BenchSetup
  process.stdout.write(`${JSON.stringify(await mode.child({ setup }))}\n`)
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits))
}

const modeArg = process.argv.indexOf('--mode')
if (modeArg > 0) {
  await child({ name: process.argv[modeArg + 1] ?? '', setupPath: process.argv[modeArg + 2] ?? '' })
} else {
  await main()
}
