// bench/sbom-go: our Go binary cataloger against `syft scan` on the largest Go binary among the
// pinned reference tools (cosign, ~146 MB). Each run is a process of its own, measured by
// /usr/bin/time (wall time and peak RSS of that process alone); rounds interleave the two; medians
// are printed and written to bench/results/sbom-go.json with the ratios.
//   node bench/sbom-go.ts [--rounds R] [--binary PATH]
import { spawnSync } from 'node:child_process'
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(import.meta.dirname, '..')

if (process.argv[2] === '--child') {
  // One catalog in this process: prints the package count and the in-process time as JSON.
  const { catalogGoBinary } = await import('../packages/sbom/src/catalog/go/index.ts')
  const started = performance.now()
  const result = await catalogGoBinary({ path: process.argv[3] ?? '' })
  const ms = performance.now() - started
  process.stdout.write(JSON.stringify({ ms, packages: result?.packages.length ?? 0 }))
  process.exit(0)
}

// Loaded here, not at the top: the measured child process loads only the cataloger.
const { referenceTool } = await import('@sign/testenv')
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, binary: { type: 'string' } },
  allowPositionals: true
})
const rounds = Number(values.rounds)
const candidates = ['cosign', 'syft', 'gh', 'oras'].map(name => referenceTool({ name }).path)
const binary =
  values.binary ??
  candidates.reduce((largest, path) =>
    statSync(path).size > statSync(largest).size ? path : largest
  )
const syft = referenceTool({ name: 'syft' })

/** Runs a command under /usr/bin/time: wall ms, peak RSS MiB, stdout. */
function timed(command: string, args: string[]): { ms: number; rssMiB: number; stdout: string } {
  const child = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, SYFT_CHECK_FOR_APP_UPDATE: 'false' }
  })
  if (child.status !== 0) throw new Error(`${command} failed: ${child.stderr}`)
  const last = child.stderr.trim().split('\n').at(-1) ?? ''
  const [seconds = 'NaN', kib = 'NaN'] = last.split(' ')
  return { ms: Number(seconds) * 1000, rssMiB: Number(kib) / 1024, stdout: child.stdout }
}

const samples = {
  ours: { ms: [] as number[], rssMiB: [] as number[], catalogMs: [] as number[], packages: 0 },
  syft: { ms: [] as number[], rssMiB: [] as number[], packages: 0 }
}
for (let round = 0; round < rounds; round++) {
  const mine = timed(process.execPath, [join(root, 'bench/sbom-go.ts'), '--child', binary])
  const inside = JSON.parse(mine.stdout) as { ms: number; packages: number }
  samples.ours.ms.push(mine.ms)
  samples.ours.rssMiB.push(mine.rssMiB)
  samples.ours.catalogMs.push(inside.ms)
  samples.ours.packages = inside.packages
  const theirs = timed(syft.path, ['scan', `file:${binary}`, '-o', 'syft-json', '-q'])
  samples.syft.ms.push(theirs.ms)
  samples.syft.rssMiB.push(theirs.rssMiB)
  samples.syft.packages = (JSON.parse(theirs.stdout) as { artifacts: unknown[] }).artifacts.length
}
const median = (list: number[]): number =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN
const result = {
  binary: { path: binary, bytes: statSync(binary).size },
  rounds,
  syft: syft.version,
  rows: [
    {
      mode: 'sign catalogGoBinary (node process, spawn to exit)',
      medianMs: Math.round(median(samples.ours.ms)),
      catalogOnlyMs: Math.round(median(samples.ours.catalogMs)),
      peakRssMiB: Math.round(median(samples.ours.rssMiB)),
      packages: samples.ours.packages
    },
    {
      mode: `syft scan file: -o syft-json (${syft.version})`,
      medianMs: Math.round(median(samples.syft.ms)),
      catalogOnlyMs: null,
      peakRssMiB: Math.round(median(samples.syft.rssMiB)),
      packages: samples.syft.packages
    }
  ],
  ratios: {
    // How many times faster / how much less memory, whole processes against whole processes.
    speedup: Number((median(samples.syft.ms) / median(samples.ours.ms)).toFixed(1)),
    rssFraction: Number((median(samples.ours.rssMiB) / median(samples.syft.rssMiB)).toFixed(2))
  }
}
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results/sbom-go.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log(
  `${result.binary.path} (${(result.binary.bytes / 1048576).toFixed(0)} MiB), medians of ${rounds}`
)
for (const row of result.rows) {
  console.log(
    `${row.mode.padEnd(52)} ${String(row.medianMs).padStart(6)} ms  peak RSS ${String(row.peakRssMiB).padStart(4)} MiB  ${row.packages} packages${row.catalogOnlyMs === null ? '' : `  (catalog alone ${row.catalogOnlyMs} ms)`}`
  )
}
console.log(
  `ours vs syft: ×${result.ratios.speedup} faster, ${result.ratios.rssFraction} of its peak RSS (goal: ≥ ×2, ≤ 0.5)`
)
