// Shared by the SBOM benches: our cataloger in a process of its own (the bench script run with
// `--child TARGET`) against `syft scan`, each measured by /usr/bin/time (wall time and peak RSS of
// that process alone), rounds interleaved; medians and the ratios.
import { spawnSync } from 'node:child_process'

/** One measured side: medians of whole processes. */
export interface AgainstSyftRow {
  mode: string
  medianMs: number
  /** Ours: the catalog call alone, timed inside the child. */
  catalogOnlyMs: number | null
  peakRssMiB: number
  packages: number
}

export interface AgainstSyftResult {
  rows: AgainstSyftRow[]
  /** How many times faster, and what fraction of syft's peak RSS, process against process. */
  ratios: { speedup: number; rssFraction: number }
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
 * `rounds` rounds of: `node <script> --child <target>` (which prints `{ms, packages}`), then
 * `syft scan <syftSource> -o syft-json`.
 */
export function againstSyft(options: {
  rounds: number
  script: string
  target: string
  ourMode: string
  syft: { path: string; version: string }
  syftSource: string
}): AgainstSyftResult {
  const ours = {
    ms: [] as number[],
    rssMiB: [] as number[],
    catalogMs: [] as number[],
    packages: 0
  }
  const theirs = { ms: [] as number[], rssMiB: [] as number[], packages: 0 }
  for (let round = 0; round < options.rounds; round++) {
    const mine = timed(process.execPath, [options.script, '--child', options.target])
    const inside = JSON.parse(mine.stdout) as { ms: number; packages: number }
    ours.ms.push(mine.ms)
    ours.rssMiB.push(mine.rssMiB)
    ours.catalogMs.push(inside.ms)
    ours.packages = inside.packages
    const syft = timed(options.syft.path, ['scan', options.syftSource, '-o', 'syft-json', '-q'])
    theirs.ms.push(syft.ms)
    theirs.rssMiB.push(syft.rssMiB)
    theirs.packages = (JSON.parse(syft.stdout) as { artifacts: unknown[] }).artifacts.length
  }
  const scheme = options.syftSource.slice(0, options.syftSource.indexOf(':') + 1)
  return {
    rows: [
      {
        mode: options.ourMode,
        medianMs: Math.round(median(ours.ms)),
        catalogOnlyMs: Math.round(median(ours.catalogMs)),
        peakRssMiB: Math.round(median(ours.rssMiB)),
        packages: ours.packages
      },
      {
        mode: `syft scan ${scheme} -o syft-json (${options.syft.version})`,
        medianMs: Math.round(median(theirs.ms)),
        catalogOnlyMs: null,
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

/** Prints the rows and the ratios against the issue's goal (≥ ×2 faster, ≤ 0.5 of the memory). */
export function printAgainstSyft(result: AgainstSyftResult): void {
  for (const row of result.rows) {
    console.log(
      `${row.mode.padEnd(52)} ${String(row.medianMs).padStart(6)} ms  peak RSS ${String(row.peakRssMiB).padStart(4)} MiB  ${row.packages} packages${row.catalogOnlyMs === null ? '' : `  (catalog alone ${row.catalogOnlyMs} ms)`}`
    )
  }
  console.log(
    `ours vs syft: ×${result.ratios.speedup} faster, ${result.ratios.rssFraction} of its peak RSS (goal: ≥ ×2, ≤ 0.5)`
  )
}
