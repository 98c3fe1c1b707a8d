// bench/run: every benchmark, one after another, each in a process of its own, then
// bench/results/summary.md: each figure that has a goal, the goal, and whether it is met.
//   node bench/run.ts [--only NAME,NAME]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(import.meta.dirname, '..')
const results = join(root, 'bench/results')
const BENCHES = [
  'startup',
  'hash',
  'unpack',
  'oci-attach',
  'keyless-sign',
  'keyless-large-file',
  'verify',
  'sbom-go',
  'sbom-image',
  'pipeline'
] as const
type Bench = (typeof BENCHES)[number]

const { values } = parseArgs({ options: { only: { type: 'string' } } })
const chosen = values.only === undefined ? [...BENCHES] : values.only.split(',')

/** One figure against its goal: `better` says which way is good. */
interface Figure {
  bench: Bench
  figure: string
  value: number
  goal: number
  better: 'lower' | 'higher'
}

// The loopback services the benches start use the test CA, which every process must trust.
const ca = spawnSync(process.execPath, [join(root, 'scripts/testenv-ca.ts')], { encoding: 'utf8' })
const env = { ...process.env, NODE_EXTRA_CA_CERTS: ca.stdout.trim() }
for (const bench of chosen) {
  if (!(BENCHES as readonly string[]).includes(bench)) throw new Error(`no bench named ${bench}`)
  console.log(`\n== bench/${bench}.ts`)
  const run = spawnSync(process.execPath, [join(root, `bench/${bench}.ts`)], {
    env,
    stdio: 'inherit'
  })
  if (run.status !== 0) throw new Error(`bench/${bench}.ts failed (exit ${run.status})`)
}

const read = (bench: Bench): unknown => {
  const path = join(results, `${bench}.json`)
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined
}
const figures: Figure[] = []
const startup = read('startup') as
  { rows: { name: string; ratio: number; bundleMiB: number | null }[] } | undefined
for (const row of startup?.rows ?? []) {
  if (row.bundleMiB === null) continue
  figures.push({
    bench: 'startup',
    figure: `${row.name}: start, × node`,
    value: row.ratio,
    goal: 3,
    better: 'lower'
  })
  figures.push({
    bench: 'startup',
    figure: `${row.name}: bundle MiB`,
    value: row.bundleMiB,
    goal: 3,
    better: 'lower'
  })
}
const hash = read('hash') as { throughputRatio: number } | undefined
if (hash) {
  figures.push({
    bench: 'hash',
    figure: 'throughput, × sha256sum',
    value: hash.throughputRatio,
    goal: 1.5,
    better: 'higher'
  })
}
const unpack = read('unpack') as
  { ratios: { inAction: { tarGz: number; zip: number } } } | undefined
if (unpack) {
  // No goal beyond not being slower than the tools it replaced.
  figures.push({
    bench: 'unpack',
    figure: 'tar.gz in the action, × GNU tar',
    value: unpack.ratios.inAction.tarGz,
    goal: 1,
    better: 'lower'
  })
  figures.push({
    bench: 'unpack',
    figure: 'zip in the action, × unzip',
    value: unpack.ratios.inAction.zip,
    goal: 1,
    better: 'lower'
  })
}
interface AttachSection {
  registry: string
  referrersApi: boolean
  results: { client: string; requestsPerAttach: number; vsProtocolMinimum: number }[]
  contention: { client: string; attachers: number; referrersListed: number }[]
}
const attach = read('oci-attach') as { registries?: AttachSection[] } | undefined
for (const section of attach?.registries ?? []) {
  const ours = section.results.find(result => result.client === '@sign/oci attachArtifact')
  if (ours && !section.referrersApi) {
    figures.push({
      bench: 'oci-attach',
      figure: `requests per attach (tag schema, ${section.registry})`,
      value: ours.requestsPerAttach,
      goal: 7,
      better: 'lower'
    })
  }
  if (ours && section.referrersApi) {
    figures.push({
      bench: 'oci-attach',
      figure: `requests per attach (referrers API, ${section.registry}), × minimum`,
      value: ours.vsProtocolMinimum,
      goal: 1.2,
      better: 'lower'
    })
  }
  // Concurrent writers on the tag schema are ours to keep; with the API the registry keeps the list.
  const race = section.contention.find(result => result.client.startsWith('@sign/oci'))
  if (race && !section.referrersApi) {
    figures.push({
      bench: 'oci-attach',
      figure: `referrers listed of ${race.attachers} racing (tag schema)`,
      value: race.referrersListed,
      goal: race.attachers,
      better: 'higher'
    })
  }
}
const keyless = read('keyless-sign') as { ratios: { wallTimeVsBaseline: number } } | undefined
if (keyless) {
  figures.push({
    bench: 'keyless-sign',
    figure: 'wall, × faster than sigstore.sign() per file',
    value: keyless.ratios.wallTimeVsBaseline,
    goal: 4,
    better: 'higher'
  })
}
const large = read('keyless-large-file') as
  { runs: { peakRssMiB: number }[]; goalPeakRssMiB: number } | undefined
if (large) {
  figures.push({
    bench: 'keyless-large-file',
    figure: 'cosign-keyless step on a 1 GiB file: peak RSS MiB',
    value: Math.max(...large.runs.map(run => run.peakRssMiB)),
    goal: large.goalPeakRssMiB,
    better: 'lower'
  })
}
const verify = read('verify') as { results: { mode: string; totalMs: number }[] } | undefined
if (verify) {
  const ms = (mode: string) => verify.results.find(row => row.mode === mode)?.totalMs ?? NaN
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2))
  figures.push({
    bench: 'verify',
    figure: '× faster than a reused @sigstore/verify Verifier',
    value: ratio(ms('direct-reused'), ms('sign')),
    goal: 1.5,
    better: 'higher'
  })
  figures.push({
    bench: 'verify',
    figure: '× faster than one CLI process per bundle',
    value: ratio(ms('cli-per-bundle'), ms('sign')),
    goal: 30,
    better: 'higher'
  })
}

for (const bench of ['sbom-go', 'sbom-image'] as const) {
  const sbom = read(bench) as { ratios: { speedup: number; rssFraction: number } } | undefined
  if (!sbom) continue
  figures.push({
    bench,
    figure: '× faster than syft, process to process',
    value: sbom.ratios.speedup,
    goal: 2,
    better: 'higher'
  })
  figures.push({
    bench,
    figure: "peak RSS, fraction of syft's",
    value: sbom.ratios.rssFraction,
    goal: 0.5,
    better: 'lower'
  })
}

const pipeline = read('pipeline') as
  { medians: { root: { certificates: number } }; ratios: { wallTime: number } } | undefined
if (pipeline) {
  figures.push({
    bench: 'pipeline',
    figure: 'root action: Fulcio certificates per run',
    value: pipeline.medians.root.certificates,
    goal: 1,
    better: 'lower'
  })
  figures.push({
    bench: 'pipeline',
    figure: 'root action wall time, × the separate actions one after another',
    value: pipeline.ratios.wallTime,
    goal: 1,
    better: 'lower'
  })
}

const met = (figure: Figure) =>
  figure.better === 'lower' ? figure.value <= figure.goal : figure.value >= figure.goal
const lines = [
  '# Benchmark summary',
  '',
  `Written by \`node bench/run.ts\` on ${new Date().toISOString()} (Node ${process.version}); the figures come from each bench's JSON in this folder.`,
  '',
  '| bench | figure | value | goal | met |',
  '|---|---|---|---|---|',
  ...figures.map(
    figure =>
      `| ${figure.bench} | ${figure.figure} | ${figure.value} | ${figure.better === 'lower' ? '≤' : '≥'} ${figure.goal} | ${met(figure) ? 'yes' : 'no'} |`
  ),
  ''
]
mkdirSync(results, { recursive: true })
writeFileSync(join(results, 'summary.md'), lines.join('\n'))
console.log(`\n${lines.join('\n')}`)
