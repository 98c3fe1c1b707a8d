// bench/pipeline: one full run of the root action (action.yml: keyless signatures, SBOMs and SLSA
// provenance under one Fulcio certificate, then verification, in one process) against the separate
// actions one after another on the same subjects (cosign-keyless, sbom-attach, slsa-provenance,
// then verify with a policy requiring the signature, the SBOM and the provenance, as the root
// action's own run policy does). Both run their committed bundles (dist/, or SIGN_DIST_DIR) through
// executeAction, against one loopback environment: OIDC issuer, Sigstore stack, token-auth
// registry. The subjects are the demo's kind of image (os-release, a dpkg status file and the oras
// Go binary, so its SBOM is real) and three release files (the cosign and oras binaries, a text
// file). Rounds interleave the two modes; each run gets a fresh workspace copy and a fresh image:
// the same files plus a one-line marker of its round and mode, so a new digest, and no referrers
// left by an earlier run (attaching again to one digest would grow its referrers list and make
// every later run list and verify more). Per mode: wall time (for the separate actions, the sum
// of their steps), Fulcio / Rekor / TSA requests (the stack's counters, reset before each mode),
// registry requests (the registry's request log) and token-service requests. Fulcio issues one
// certificate per request, so its count is the number of certificates. Peak RSS is left out:
// executeAction does not report it. Medians are printed with the ratios and written to
// bench/results/pipeline.json.
//   node bench/pipeline.ts [--rounds N]
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pushImage } from '@sign/oci'
import {
  bundleDirectory,
  bundleEntry,
  executeAction,
  referenceTool,
  sampleImageWithFiles,
  type ActionResult
} from '@sign/testenv'
import { startKeylessEnvironment } from '../actions/cosign-keyless/test/fixtures/environment.ts'

const root = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } })
const ROUNDS = Number(values.rounds)
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('--rounds takes a positive integer')

const REPOSITORY = 'octo-org/octo-repo'
// The demo's sample image: Debian's os-release and dpkg status, and a real Go program.
const OS_RELEASE = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'
const DPKG_STATUS = [
  'Package: base-files',
  'Status: install ok installed',
  'Architecture: amd64',
  'Version: 12.4+deb12u5',
  '',
  'Package: tzdata',
  'Status: install ok installed',
  'Architecture: all',
  'Version: 2024a-0+deb12u1',
  ''
].join('\n')
const oras = referenceTool({ name: 'oras' })
const cosign = referenceTool({ name: 'cosign' })
const orasBytes = readFileSync(oras.path)
/** The release files every run signs, relative to its workspace. */
const RELEASE = {
  'release/cosign-linux-amd64': cosign.path,
  'release/oras-linux-amd64': oras.path,
  'release/NOTES.txt': undefined
} as const
const FILES = Object.keys(RELEASE)

type Mode = 'root' | 'separate'
const STEPS = ['cosign-keyless', 'sbom-attach', 'slsa-provenance', 'verify'] as const

/** What one run of a mode cost. */
interface Run {
  mode: Mode
  round: number
  wallMs: number
  /** The separate actions: each step's wall time. */
  steps?: Record<(typeof STEPS)[number], number>
  fulcio: number
  rekor: number
  tsa: number
  sigstore: number
  /** Fulcio answers every request with one certificate. */
  certificates: number
  registry: number
  tokenService: number
}

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
}
const ratio = (a: number, b: number) => Number((a / b).toFixed(2))
const failure = (name: string, result: ActionResult) =>
  new Error(
    `${name} failed (exit ${result.exitCode}): ${result.annotations
      .filter(a => a.level === 'error')
      .map(a => a.message)
      .join('; ')}\n${result.log.slice(-3000)}`
  )

const loadBefore = loadavg()
const env = await startKeylessEnvironment({ registryMode: 'token' })
const registry = env.registry as Extract<typeof env.registry, { mode: 'token' }>
const work = mkdtempSync(join(tmpdir(), 'bench-pipeline-'))
try {
  const { repository, workflowPath, ref } = env.oidc.workflow
  const identity = `https://github.com/${repository}/${workflowPath}@${ref}`
  const common = {
    'fulcio-url': env.stack.fulcioUrl,
    'rekor-url': env.stack.rekorUrl,
    'tsa-url': env.stack.tsaUrl,
    'registry-username': registry.credentials.username,
    'registry-password': registry.credentials.password,
    'github-token': ''
  }
  const step = async (name: string, actionYml: string, workspace: string, inputs: object) => {
    const started = performance.now()
    const result = await executeAction({
      entry: bundleEntry(name),
      actionYml: join(root, actionYml),
      workspace,
      idToken: env.oidc.actionsEnv(),
      inputs: inputs as Record<string, string>,
      env: { DOCKER_CONFIG: join(work, 'no-docker-config') },
      timeoutMs: 600_000
    })
    const ms = Math.round(performance.now() - started)
    if (result.exitCode !== 0) throw failure(name, result)
    return { result, ms }
  }

  /** A fresh workspace with the release files, and a fresh image tagged for the run. */
  const prepare = async (mode: Mode, round: number) => {
    const workspace = join(work, `${mode}-${round}`)
    mkdirSync(join(workspace, 'release'), { recursive: true })
    for (const [name, source] of Object.entries(RELEASE)) {
      if (source === undefined) writeFileSync(join(workspace, name), `release notes, ${round}\n`)
      else copyFileSync(source, join(workspace, name))
    }
    const image = sampleImageWithFiles({
      files: {
        '/etc/os-release': OS_RELEASE,
        '/var/lib/dpkg/status': DPKG_STATUS,
        '/usr/local/bin/oras': orasBytes,
        '/etc/bench-run': `${mode} ${round}\n`
      }
    })
    const tag = `${mode}-${round}`
    await pushImage({
      client: env.client,
      repo: { registry: registry.host, repository: REPOSITORY },
      reference: tag,
      ...image
    })
    return { workspace, image: `${registry.host}/${REPOSITORY}:${tag}` }
  }

  /** The root action: everything on, one step. */
  const runRoot = async (workspace: string, image: string) => {
    const { result, ms } = await step('sign', 'action.yml', workspace, {
      ...common,
      images: image,
      files: FILES.join('\n'),
      'trusted-root': env.stack.trustedRootPath
    })
    const output = JSON.parse(result.outputs['result'] ?? '{}') as {
      verification?: { verified: boolean }[]
    }
    if (result.outputs['verified'] !== 'true' || output.verification?.length !== FILES.length + 1)
      throw new Error(`the root action did not verify every subject: ${result.outputs['result']}`)
    return { wallMs: ms }
  }

  /** The separate actions one after another, then verify with the root action's requirements. */
  const runSeparate = async (workspace: string, image: string) => {
    const subjects = { images: image, files: FILES.join('\n') }
    const steps = {} as Record<(typeof STEPS)[number], number>
    steps['cosign-keyless'] = (
      await step('cosign-keyless', 'actions/cosign-keyless/action.yml', workspace, {
        ...common,
        ...subjects
      })
    ).ms
    steps['sbom-attach'] = (
      await step('sbom-attach', 'actions/sbom-attach/action.yml', workspace, {
        ...common,
        ...subjects
      })
    ).ms
    const provenance = await step(
      'slsa-provenance',
      'actions/slsa-provenance/action.yml',
      workspace,
      { ...common, ...subjects }
    )
    steps['slsa-provenance'] = provenance.ms
    // Several files share one statement (multiple.intoto.jsonl); verify reads a file's
    // provenance from <file>.intoto.jsonl beside it, so the statement is copied there.
    const statement = provenance.result.outputs['provenance-name'] ?? ''
    for (const file of FILES)
      copyFileSync(join(workspace, statement), join(workspace, `${file}.intoto.jsonl`))
    // The requirements the root action's run policy sets for a single-platform image and a file.
    const policy = join(workspace, 'policy.json')
    writeFileSync(
      policy,
      JSON.stringify({
        version: 1,
        trust: { 'trusted-root': env.stack.trustedRootPath },
        signers: {
          run: { 'certificate-identity': identity, 'certificate-oidc-issuer': env.oidc.issuer }
        },
        require: [
          { signature: 'run' },
          { sbom: 'run', format: 'spdx-json' },
          { provenance: 'run', 'predicate-type': 'slsaprovenance1', 'builder-id': identity }
        ]
      })
    )
    const verified = await step('verify', 'actions/verify/action.yml', workspace, {
      images: image,
      files: FILES.join('\n'),
      policy,
      'registry-username': registry.credentials.username,
      'registry-password': registry.credentials.password,
      'github-token': ''
    })
    steps.verify = verified.ms
    if (verified.result.outputs['verified'] !== 'true')
      throw new Error(`verify did not pass: ${verified.result.outputs['report']}`)
    return { wallMs: STEPS.reduce((sum, name) => sum + steps[name], 0), steps }
  }

  const runs: Run[] = []
  for (let round = 1; round <= ROUNDS; round++) {
    // Interleaved, and the first mode alternates, so neither always runs on a warmer machine.
    const order: Mode[] = round % 2 === 1 ? ['root', 'separate'] : ['separate', 'root']
    for (const mode of order) {
      const { workspace, image } = await prepare(mode, round)
      env.stack.requests.reset()
      const logFrom = registry.logOffset()
      const tokensBefore = registry.tokenService.requestCount()
      const measured =
        mode === 'root' ? await runRoot(workspace, image) : await runSeparate(workspace, image)
      const { fulcio, rekor, tsa } = env.stack.requests
      const run: Run = {
        mode,
        round,
        ...measured,
        fulcio,
        rekor,
        tsa,
        sigstore: fulcio + rekor + tsa,
        certificates: fulcio,
        registry: registry.loggedRequests({ from: logFrom }).length,
        tokenService: registry.tokenService.requestCount() - tokensBefore
      }
      runs.push(run)
      console.log(
        `round ${round} ${mode}: ${run.wallMs} ms, Fulcio ${fulcio}, Rekor ${rekor}, TSA ${tsa}, registry ${run.registry}, tokens ${run.tokenService}`
      )
      rmSync(workspace, { recursive: true, force: true })
    }
  }

  const medians = (mode: Mode) => {
    const of = (pick: (run: Run) => number) =>
      median(runs.filter(run => run.mode === mode).map(pick))
    return {
      wallMs: of(run => run.wallMs),
      fulcio: of(run => run.fulcio),
      rekor: of(run => run.rekor),
      tsa: of(run => run.tsa),
      sigstore: of(run => run.sigstore),
      certificates: of(run => run.certificates),
      registry: of(run => run.registry),
      tokenService: of(run => run.tokenService)
    }
  }
  const rootMedians = medians('root')
  const separateMedians = medians('separate')
  const stepMedians = Object.fromEntries(
    STEPS.map(name => [
      name,
      median(runs.flatMap(run => (run.steps === undefined ? [] : [run.steps[name]])))
    ])
  )
  const ratios = {
    /** Root action wall time over the separate actions' sum: ≤ 1 is not slower. */
    wallTime: ratio(rootMedians.wallMs, separateMedians.wallMs),
    sigstoreRequests: ratio(rootMedians.sigstore, separateMedians.sigstore),
    certificates: `${rootMedians.certificates} vs ${separateMedians.certificates}`,
    registryRequests: ratio(rootMedians.registry, separateMedians.registry)
  }
  const loadAfter = loadavg()
  const load = (values: number[]) => values.map(value => value.toFixed(2)).join(' ')

  console.log(
    `\nmedians of ${ROUNDS} rounds; ${FILES.length} files (cosign ${cosign.version}, oras ${oras.version}, a text file) and one image`
  )
  console.table(
    (
      [
        ['root action (one step)', rootMedians],
        ['separate actions (sum of 4 steps)', separateMedians]
      ] as const
    ).map(([mode, m]) => ({
      mode,
      'wall ms': m.wallMs,
      certificates: m.certificates,
      Fulcio: m.fulcio,
      Rekor: m.rekor,
      TSA: m.tsa,
      'Sigstore total': m.sigstore,
      registry: m.registry,
      'token service': m.tokenService
    }))
  )
  console.log(
    `separate steps, median ms: ${STEPS.map(name => `${name} ${stepMedians[name]}`).join(', ')}`
  )
  console.log(
    `root ÷ separate: wall time ${ratios.wallTime}, Sigstore requests ${ratios.sigstoreRequests}, ` +
      `registry requests ${ratios.registryRequests}; certificates ${ratios.certificates}`
  )
  console.log(`load average (1, 5, 15 min): before ${load(loadBefore)}, after ${load(loadAfter)}`)

  const out = join(root, 'bench/results')
  mkdirSync(out, { recursive: true })
  writeFileSync(
    join(out, 'pipeline.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        bundles: bundleDirectory(),
        rounds: ROUNDS,
        loadAverage: { before: loadBefore, after: loadAfter },
        subjects: {
          image:
            'single-platform, one layer: os-release, dpkg status, oras; a fresh digest per run',
          files: FILES
        },
        registry: registry.server,
        peakRss: 'not measured: executeAction does not report it',
        medians: { root: rootMedians, separate: separateMedians, separateSteps: stepMedians },
        ratios,
        runs
      },
      null,
      2
    )}\n`
  )
} finally {
  rmSync(work, { recursive: true, force: true })
  await env.stop()
}
