// bench/hash: the one file hasher every signer and verifier uses (hashRegularFile in @sign/oci)
// against sha256sum, on a file of random bytes. Each run is a process of its own; peak RSS is
// reported beside that of a process that only loads the package, so what hashing adds is clear.
// Rounds interleave; medians are printed and written to bench/results/hash.json.
//   node bench/hash.ts [--mib N] [--rounds R]
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(import.meta.dirname, '..')
const { values, positionals } = parseArgs({
  options: {
    mib: { type: 'string', default: '1024' },
    rounds: { type: 'string', default: '3' },
    child: { type: 'string' }
  },
  allowPositionals: true
})

if (values.child !== undefined) {
  // One run in this process: `hash FILE` hashes it, `load` only loads the package.
  const { hashRegularFile } = await import('../packages/oci/src/index.ts')
  const started = performance.now()
  const hex =
    values.child === 'hash'
      ? (await hashRegularFile({ path: positionals[0] ?? '', algorithms: ['sha256'] })).digests
          .get('sha256')
          ?.toString('hex')
      : undefined
  const ms = performance.now() - started
  process.stdout.write(JSON.stringify({ ms, hex, rssMiB: process.resourceUsage().maxRSS / 1024 }))
  process.exit(0)
}

const mib = Number(values.mib)
const rounds = Number(values.rounds)
const work = mkdtempSync(join(tmpdir(), 'sign-bench-hash-'))
try {
  const file = join(work, 'release.bin')
  const fd = openSync(file, 'w')
  for (let written = 0; written < mib; written += 16) writeSync(fd, randomBytes(16 * 2 ** 20))
  closeSync(fd)
  const child = (mode: 'hash' | 'load') => {
    const run = spawnSync(process.execPath, [join(root, 'bench/hash.ts'), '--child', mode, file], {
      encoding: 'utf8'
    })
    if (run.status !== 0) throw new Error(`the ${mode} run failed: ${run.stderr}`)
    return JSON.parse(run.stdout) as { ms: number; hex?: string; rssMiB: number }
  }
  const sha256sum = () => {
    const started = performance.now()
    const run = spawnSync('sha256sum', [file], { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`sha256sum failed: ${run.stderr}`)
    return { ms: performance.now() - started, hex: run.stdout.split(' ')[0] }
  }
  const ours: number[] = []
  const theirs: number[] = []
  const rss: number[] = []
  const loadRss: number[] = []
  for (let round = 0; round < rounds; round++) {
    const hashed = child('hash')
    const reference = sha256sum()
    if (hashed.hex !== reference.hex) throw new Error('the digests differ')
    ours.push(hashed.ms)
    theirs.push(reference.ms)
    rss.push(hashed.rssMiB)
    loadRss.push(child('load').rssMiB)
  }
  const median = (list: number[]) =>
    [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN
  const result = {
    fileMiB: mib,
    rounds,
    hashRegularFile: {
      medianMs: Math.round(median(ours)),
      mibPerSecond: Math.round(mib / (median(ours) / 1000)),
      peakRssMiB: Math.round(median(rss)),
      loadOnlyRssMiB: Math.round(median(loadRss))
    },
    sha256sum: {
      medianMs: Math.round(median(theirs)),
      mibPerSecond: Math.round(mib / (median(theirs) / 1000))
    },
    throughputRatio: Number((median(theirs) / median(ours)).toFixed(2))
  }
  mkdirSync(join(root, 'bench/results'), { recursive: true })
  writeFileSync(join(root, 'bench/results/hash.json'), `${JSON.stringify(result, null, 2)}\n`)
  const { hashRegularFile: h, sha256sum: s } = result
  console.log(
    `hashRegularFile ${h.medianMs} ms (${h.mibPerSecond} MiB/s), peak RSS ${h.peakRssMiB} MiB (${h.loadOnlyRssMiB} MiB to load the package)`
  )
  console.log(`sha256sum       ${s.medianMs} ms (${s.mibPerSecond} MiB/s)`)
  console.log(
    `throughput ×${result.throughputRatio} sha256sum's, medians of ${rounds} on ${mib} MiB`
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
