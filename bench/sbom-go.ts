// bench/sbom-go: our Go binary cataloger against `syft scan` on the largest Go binary among the
// pinned reference tools (cosign, ~146 MB). Each run is a process of its own, measured by
// /usr/bin/time (wall time and peak RSS of that process alone); rounds interleave the two; medians
// are printed and written to bench/results/sbom-go.json with the ratios.
//   node bench/sbom-go.ts [--rounds R] [--binary PATH]
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { againstSyft, printAgainstSyft } from './against-syft.ts'

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

const measured = againstSyft({
  rounds,
  script: join(root, 'bench/sbom-go.ts'),
  target: binary,
  ourMode: 'sign catalogGoBinary (node process, spawn to exit)',
  syft,
  syftSource: `file:${binary}`
})
const result = {
  binary: { path: binary, bytes: statSync(binary).size },
  rounds,
  syft: syft.version,
  ...measured
}
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results/sbom-go.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log(
  `${result.binary.path} (${(result.binary.bytes / 1048576).toFixed(0)} MiB), medians of ${rounds}`
)
printAgainstSyft(result)
