// Shared by the SBOM benches: our side is a command in a process of its own (the bundled CLI,
// `sign sbom … --output FILE`, as users run it), against `syft scan`, each measured by
// /usr/bin/time (wall time and peak RSS of that process alone), rounds interleaved; medians and
// the ratios. Our package count is read from the SPDX document the command wrote, syft's from its
// syft-json output, and the two are compared.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

/** One measured side: medians of whole processes. */
export interface AgainstSyftRow {
  mode: string
  medianMs: number
  peakRssMiB: number
  packages: number
}

export interface AgainstSyftResult {
  rows: AgainstSyftRow[]
  /** How many times faster, and what fraction of syft's peak RSS, process against process. */
  ratios: { speedup: number; rssFraction: number }
}

/** Our measured side: a command, and the SPDX document it writes (read once it has exited). */
export interface OurCommand {
  /** How the printed table and the JSON name it. */
  mode: string
  command: string
  args: string[]
  /** The SPDX JSON document the command writes; removed before each run. */
  spdxOutput: string
}

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

const median = (list: number[]): number =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN

/**
 * The bundled CLI to measure: `given` when the bench was told one, else a fresh build of the
 * working tree (scripts/build.mjs) into `outdir`, a temporary directory — never dist/.
 */
export function cliBundle(options: { given: string | undefined; outdir: string }): string {
  if (options.given !== undefined) return resolve(options.given)
  const build = spawnSync(
    process.execPath,
    [join(root, 'scripts/build.mjs'), '--outdir', options.outdir],
    { cwd: root, encoding: 'utf8' }
  )
  if (build.status !== 0) throw new Error(`the CLI bundle did not build: ${build.stderr}`)
  return join(options.outdir, 'cli', 'index.js')
}

/** The packages of an SPDX JSON document other than the ones it describes (the SBOM's subject). */
export function spdxPackageCount(path: string): number {
  const document = JSON.parse(readFileSync(path, 'utf8')) as {
    packages?: { SPDXID: string }[]
    relationships?: {
      spdxElementId: string
      relationshipType: string
      relatedSpdxElement: string
    }[]
  }
  const described = new Set(
    (document.relationships ?? [])
      .filter(
        relation =>
          relation.spdxElementId === 'SPDXRef-DOCUMENT' && relation.relationshipType === 'DESCRIBES'
      )
      .map(relation => relation.relatedSpdxElement)
  )
  return (document.packages ?? []).filter(item => !described.has(item.SPDXID)).length
}

/**
 * `rounds` rounds of: our command (its package count read from the SPDX document it wrote), then
 * `syft scan <syftSource> -o syft-json`.
 */
export function againstSyft(options: {
  rounds: number
  ours: OurCommand
  syft: { path: string; version: string }
  syftSource: string
}): AgainstSyftResult {
  const ours = { ms: [] as number[], rssMiB: [] as number[], packages: 0 }
  const theirs = { ms: [] as number[], rssMiB: [] as number[], packages: 0 }
  for (let round = 0; round < options.rounds; round++) {
    rmSync(options.ours.spdxOutput, { force: true })
    const mine = timed(options.ours.command, options.ours.args)
    ours.ms.push(mine.ms)
    ours.rssMiB.push(mine.rssMiB)
    ours.packages = spdxPackageCount(options.ours.spdxOutput)
    const syft = timed(options.syft.path, ['scan', options.syftSource, '-o', 'syft-json', '-q'])
    theirs.ms.push(syft.ms)
    theirs.rssMiB.push(syft.rssMiB)
    theirs.packages = (JSON.parse(syft.stdout) as { artifacts: unknown[] }).artifacts.length
  }
  const scheme = options.syftSource.slice(0, options.syftSource.indexOf(':') + 1)
  return {
    rows: [
      {
        mode: options.ours.mode,
        medianMs: Math.round(median(ours.ms)),
        peakRssMiB: Math.round(median(ours.rssMiB)),
        packages: ours.packages
      },
      {
        mode: `syft scan ${scheme} -o syft-json (${options.syft.version})`,
        medianMs: Math.round(median(theirs.ms)),
        peakRssMiB: Math.round(median(theirs.rssMiB)),
        packages: theirs.packages
      }
    ],
    ratios: {
      speedup: Number((median(theirs.ms) / median(ours.ms)).toFixed(1)),
      rssFraction: Number((median(ours.rssMiB) / median(theirs.rssMiB)).toFixed(2))
    }
  }
}

/** Prints the rows, whether the package counts agree, and the ratios against the goal. */
export function printAgainstSyft(result: AgainstSyftResult): void {
  for (const row of result.rows) {
    console.log(
      `${row.mode.padEnd(56)} ${String(row.medianMs).padStart(6)} ms  peak RSS ${String(row.peakRssMiB).padStart(4)} MiB  ${row.packages} packages`
    )
  }
  const counts = result.rows.map(row => row.packages)
  if (new Set(counts).size > 1) {
    console.log(`package counts differ: ${counts.join(' (ours) vs ')} (syft)`)
  }
  console.log(
    `ours vs syft: ×${result.ratios.speedup} faster, ${result.ratios.rssFraction} of its peak RSS (goal: ≥ ×2, ≤ 0.5)`
  )
}
