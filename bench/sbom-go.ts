// bench/sbom-go: `sign sbom FILE` (the bundled CLI, as users run it) against `syft scan` on the
// largest Go binary among the pinned reference tools (cosign, ~146 MB). The CLI is bundled from the
// working tree into a temporary directory first (or --cli names a bundle) and writes its SPDX
// document to a file there. Each run is a process of its own, measured by /usr/bin/time (wall time
// and peak RSS of that process alone); rounds interleave the two; medians are printed and written
// to bench/results/sbom-go.json with the ratios.
//   node bench/sbom-go.ts [--rounds R] [--binary PATH] [--cli FILE]
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { referenceTool } from '@sign/testenv'
import { againstSyft, cliBundle, printAgainstSyft } from './against-syft.ts'

const root = resolve(import.meta.dirname, '..')

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    binary: { type: 'string' },
    cli: { type: 'string' }
  },
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

const work = mkdtempSync(join(tmpdir(), 'bench-sbom-go-'))
try {
  const cli = cliBundle({ given: values.cli, outdir: join(work, 'dist') })
  const output = join(work, 'sbom.spdx.json')
  const measured = againstSyft({
    rounds,
    ours: {
      mode: 'sign sbom FILE (bundled CLI, spawn to exit)',
      command: process.execPath,
      args: [cli, 'sbom', binary, '--output', output],
      spdxOutput: output
    },
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
} finally {
  rmSync(work, { recursive: true, force: true })
}
