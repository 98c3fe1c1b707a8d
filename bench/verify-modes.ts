// bench/verify modes: the ways of verifying N bundles that bench/verify compares. An in-process
// mode runs in a child process of its own (so its peak RSS is its alone, and no mode warms the
// JIT for another): it loads its libraries untimed, then verifies every bundle, timed. A spawned
// mode starts one process per command, here the dist CLI, and times each from spawn to exit.
// Libraries are imported lazily, inside the process that uses them, so no mode pays for another's.
import { execFile, spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

/** What setup signed, and the policy every bundle must verify against. */
export interface BenchSetup {
  /** The signed files; each one's bundle is `<file>.sigstore.json`. */
  files: string[]
  trustedRootPath: string
  fileSizeBytes: number
  /** The signing certificate's SAN, exactly. */
  identity: string
  /** The signing certificate's OIDC issuer, exactly. */
  issuer: string
}

/** Verifications that succeeded and failed, and why the first failure failed. */
export interface Outcome {
  verified: number
  failures: number
  firstFailure?: string
}

/** What an in-process mode's child reports on stdout. */
export interface ChildReport extends Outcome {
  /** From before the trusted root is read to after the last bundle is verified. */
  wallMs: number
  maxRssMiB: number
}

/** What one mode measured, over all N bundles or a sample of them. */
export interface Measurement extends Outcome {
  /** Bundles measured: N, or the sample a spawned mode ran (the rest is extrapolated). */
  measuredBundles: number
  /** Time spent verifying the measured bundles. */
  measuredMs: number
  /** From spawning the mode's process(es) to their exit: Node start and imports included. */
  processMs: number
  /** Peak RSS of the mode's process (the largest one, for one process per bundle). */
  peakRssMiB: number
}

/** Options of {@link Mode.measure}. */
export interface MeasureOptions {
  setup: BenchSetup
  /** The setup as JSON, for child processes. */
  setupPath: string
  /** A scratch directory of this run. */
  workDirectory: string
  /** The bench script: `node <script> --mode <name> <setupPath>` runs an in-process mode. */
  script: string
}

/** One way of verifying the bundles: one entry in bench/verify's list. */
export interface Mode {
  name: string
  label: string
  measure(options: MeasureOptions): Promise<Measurement>
  /** In-process modes: what the child process started by `measure` runs. */
  child?(options: { setup: BenchSetup }): Promise<ChildReport>
}

/** Verifies every bundle of the setup in this process. */
export type VerifyAll = (options: { setup: BenchSetup }) => Promise<Outcome>

/** Options of {@link inProcessMode}. */
export interface InProcessModeOptions {
  name: string
  label: string
  /** Imports the libraries (untimed) and returns the timed verification. */
  load: () => Promise<VerifyAll>
}

/** A mode verifying all N bundles in one child process of its own. */
export function inProcessMode(options: InProcessModeOptions): Mode {
  const { name, label, load } = options
  return {
    name,
    label,
    measure: async ({ setup, setupPath, script }) => {
      const started = performance.now()
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [script, '--mode', name, setupPath],
        { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 }
      )
      const processMs = performance.now() - started
      const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildReport
      return {
        verified: report.verified,
        failures: report.failures,
        ...(report.firstFailure === undefined ? {} : { firstFailure: report.firstFailure }),
        measuredBundles: setup.files.length,
        measuredMs: report.wallMs,
        processMs,
        peakRssMiB: report.maxRssMiB
      }
    },
    child: async ({ setup }) => {
      const verifyAll = await load()
      const started = performance.now()
      const outcome = await verifyAll({ setup })
      const wallMs = performance.now() - started
      return { ...outcome, wallMs, maxRssMiB: process.resourceUsage().maxRSS / 1024 }
    }
  }
}

/** Options of {@link spawnedMode}. */
export interface SpawnedModeOptions {
  name: string
  label: string
  /** How many of the N bundles to measure; the time of the rest is extrapolated. */
  sample: (bundles: number) => number
  /** The arguments after `node` of each process to run, for the sampled files. */
  commands: (options: { setup: BenchSetup; files: string[] }) => string[][]
}

/**
 * A mode that runs processes one after another, each timed from spawn to exit. Node gives a
 * parent no child rusage, so each command runs a second time, untimed, with a `--require`d hook
 * that writes `process.resourceUsage().maxRSS` to fd 3 at exit (the hook costs a few ms of
 * startup, so the timed runs go without it). Every run must verify.
 */
export function spawnedMode(options: SpawnedModeOptions): Mode {
  const { name, label } = options
  return {
    name,
    label,
    measure: ({ setup, workDirectory }) => {
      const files = setup.files.slice(0, options.sample(setup.files.length))
      const probe = writeRssProbe({ directory: workDirectory })
      const commands = options.commands({ setup, files })
      const timed = commands.map(args => runProcess({ args }))
      const probed = commands.map(args => runProcess({ args, probe }))
      const failed = [...timed, ...probed].filter(run => run.failure !== undefined)
      const firstFailure = failed[0]?.failure
      const measuredMs = timed.reduce((sum, run) => sum + run.ms, 0)
      return Promise.resolve({
        verified: failed.length === 0 ? files.length : 0,
        failures: failed.length,
        ...(firstFailure === undefined ? {} : { firstFailure }),
        measuredBundles: files.length,
        measuredMs,
        processMs: measuredMs,
        peakRssMiB: Math.max(...probed.map(run => run.maxRssMiB))
      })
    }
  }
}

interface ProcessRun {
  ms: number
  /** With the probe only. */
  maxRssMiB: number
  /** Why the process failed: exit status and stderr. */
  failure?: string
}

/**
 * Runs `node <args>`, with the RSS probe if given; fails unless it exits 0 with a line starting
 * "verified" (verify-bundle's "verified FILE…", verify's final "verified: N of N subject(s)…").
 */
function runProcess(options: { args: string[]; probe?: string }): ProcessRun {
  const preload = options.probe === undefined ? [] : ['--require', options.probe]
  const started = performance.now()
  const result = spawnSync(process.execPath, [...preload, ...options.args], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8'
  })
  const ms = performance.now() - started
  const maxRssMiB = Number(result.output[3] ?? 0) / 1024
  const stdout = String(result.stdout)
  if (result.status === 0 && /^verified[ :]/mu.test(stdout)) return { ms, maxRssMiB }
  const reason = result.error?.message ?? `exit ${result.status}: ${String(result.stderr).trim()}`
  const shown = options.args.length > 12 ? [...options.args.slice(0, 12), '…'] : options.args
  return { ms, maxRssMiB, failure: `node ${shown.join(' ')}: ${reason}` }
}

/** Writes the CommonJS exit hook reporting the process's peak RSS (KiB) on fd 3. */
function writeRssProbe(options: { directory: string }): string {
  const path = join(options.directory, 'rss-probe.cjs')
  writeFileSync(
    path,
    "process.on('exit', () => require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)))\n"
  )
  return path
}

/** One signed file and its bundle, as read from disk for each verification. */
interface BundleOnDisk {
  data: Buffer
  bundle: unknown
}

/** Options of {@link eachBundle}. */
interface EachBundleOptions {
  setup: BenchSetup
  /** Verifies one bundle; throws when it does not verify. */
  verify: (item: BundleOnDisk) => void
}

/** Reads each file and its bundle, one after another, and verifies it; counts the failures. */
async function eachBundle(options: EachBundleOptions): Promise<Outcome> {
  const outcome: Outcome = { verified: 0, failures: 0 }
  for (const file of options.setup.files) {
    const data = await readFile(file)
    const bundle = JSON.parse(await readFile(`${file}.sigstore.json`, 'utf8')) as unknown
    try {
      options.verify({ data, bundle })
      outcome.verified++
    } catch (error) {
      outcome.failures++
      outcome.firstFailure ??= `${file}: ${(error as Error).message}`
    }
  }
  return outcome
}

/** (a) @sign/sigstore: the trusted root loaded once, then verifyBundle per bundle. */
export async function loadSignVerify(): Promise<VerifyAll> {
  const { loadTrustedRoot, verifyBundle } = await import('@sign/sigstore')
  return async ({ setup }) => {
    const trustedRoot = await loadTrustedRoot({ path: setup.trustedRootPath })
    const policy = { certificateIdentity: setup.identity, certificateOidcIssuer: setup.issuer }
    return eachBundle({
      setup,
      verify: ({ data, bundle }) => {
        verifyBundle({ bundle, artifact: { data }, policy, trustedRoot })
      }
    })
  }
}

/** Options of {@link loadDirectVerify}. */
export interface DirectVerifyOptions {
  /** Build the trust material and the Verifier once (true) or for every bundle (false). */
  reuseVerifier: boolean
}

/**
 * (b) @sigstore/verify as a caller uses it: bundleFromJSON, toSignedEntity, and a Verifier over
 * toTrustMaterial(trustedRoot) with the exact SAN and issuer as policy. The trusted root is parsed
 * once (TrustedRoot.fromJSON); the trust material is rebuilt per bundle unless reused.
 */
export async function loadDirectVerify(options: DirectVerifyOptions): Promise<VerifyAll> {
  const { TrustedRoot, Verifier, bundleFromJSON, toSignedEntity, toTrustMaterial } =
    await import('./verify-sigstore-js.ts')
  return async ({ setup }) => {
    const json = JSON.parse(await readFile(setup.trustedRootPath, 'utf8')) as unknown
    const trustedRoot = TrustedRoot.fromJSON(json)
    // A string SAN is an unanchored pattern to @sigstore/verify: anchor it, as sign does.
    const exact = new RegExp(`^${setup.identity.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}$`, 'u')
    const policy = { subjectAlternativeName: exact, extensions: { issuer: setup.issuer } }
    const shared = options.reuseVerifier ? new Verifier(toTrustMaterial(trustedRoot)) : undefined
    return eachBundle({
      setup,
      verify: ({ data, bundle }) => {
        const entity = toSignedEntity(bundleFromJSON(bundle), data)
        const verifier = shared ?? new Verifier(toTrustMaterial(trustedRoot))
        verifier.verify(entity, policy)
      }
    })
  }
}
