// bench/unpack: the install action's in-process unpacker against the tools it replaced (GNU tar
// and unzip, which @actions/tool-cache runs), on a release-shaped archive: one large binary of
// mixed compressibility and a few small files, as tar.gz and as zip. Each run is a process of its
// own (so the unpacker's peak RSS is its alone); rounds interleave the modes; medians are printed
// and written to bench/results/unpack.json.
//   node bench/unpack.ts [--mib N] [--rounds R]
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createHash, randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: { mib: { type: 'string', default: '96' }, rounds: { type: 'string', default: '5' } },
  args: process.argv.slice(2).filter(arg => arg !== '--child'),
  allowPositionals: true
})

if (process.argv.includes('--child')) {
  // One unpack in this process: prints wall ms and peak RSS as JSON.
  const [, , , path, format, directory] = process.argv
  const { unpackArchive } = await import('../actions/install/src/install/extract/unpack-archive.ts')
  const started = performance.now()
  const used = await unpackArchive({
    path: path ?? '',
    asset: 'bench',
    format: format === 'zip' ? 'zip' : 'tar.gz',
    directory: directory ?? ''
  })
  const ms = performance.now() - started
  process.stdout.write(
    JSON.stringify({ ms, bytes: used.bytes, rssMiB: process.resourceUsage().maxRSS / 1024 })
  )
  process.exit(0)
}

const work = mkdtempSync(join(tmpdir(), 'sign-bench-unpack-'))
try {
  const mib = Number(values.mib)
  const rounds = Number(values.rounds)
  const source = join(work, 'release')
  mkdirSync(source)
  // Half random (incompressible, like machine code's dense parts), half repetitive text.
  const half = Math.floor((mib * 1024 * 1024) / 2)
  const text = Buffer.from('symbol table entry: github.com/org/tool/internal/pkg.Function\n')
  const repetitive = Buffer.alloc(half, text)
  const toolBytes = Buffer.concat([randomBytes(half), repetitive])
  const toolSha256 = createHash('sha256').update(toolBytes).digest('hex')
  writeFileSync(join(source, 'tool'), toolBytes, {
    mode: 0o755
  })
  writeFileSync(join(source, 'LICENSE'), 'Apache License 2.0\n'.repeat(600))
  writeFileSync(join(source, 'README.md'), '# tool\n'.repeat(200))
  const tarGz = join(work, 'tool.tar.gz')
  const zip = join(work, 'tool.zip')
  execFileSync('tar', ['-czf', tarGz, '-C', source, 'tool', 'LICENSE', 'README.md'])
  execFileSync('zip', [
    '-q',
    '-j',
    zip,
    join(source, 'tool'),
    join(source, 'LICENSE'),
    join(source, 'README.md')
  ])

  type Mode = {
    name: string
    format: 'tar.gz' | 'zip'
    /** `ms` from spawn to exit, for every mode; `unpackMs` the unpack alone, inside our process. */
    run: (dir: string) => { ms: number; unpackMs?: number; rssMiB?: number }
  }
  const ours = (format: 'tar.gz' | 'zip', archive: string) => (dir: string) => {
    const started = performance.now()
    const child = spawnSync(
      process.execPath,
      [join(root, 'bench/unpack.ts'), '--child', archive, format, dir],
      { encoding: 'utf8' }
    )
    if (child.status !== 0) throw new Error(`unpack failed: ${child.stderr}`)
    const inside = JSON.parse(child.stdout) as { ms: number; rssMiB: number }
    return { ms: performance.now() - started, unpackMs: inside.ms, rssMiB: inside.rssMiB }
  }
  const tool = (command: string, args: (dir: string) => string[]) => (dir: string) => {
    const started = performance.now()
    const child = spawnSync(command, args(dir))
    if (child.status !== 0) throw new Error(`${command} failed: ${String(child.stderr)}`)
    return { ms: performance.now() - started }
  }
  const modes: Mode[] = [
    { name: 'sign unpacker, tar.gz (in process)', format: 'tar.gz', run: ours('tar.gz', tarGz) },
    {
      name: 'GNU tar -xzf (what tool-cache ran)',
      format: 'tar.gz',
      run: tool('tar', dir => ['-xzf', tarGz, '-C', dir])
    },
    { name: 'sign unpacker, zip (in process)', format: 'zip', run: ours('zip', zip) },
    {
      name: 'unzip -o -q (what tool-cache ran)',
      format: 'zip',
      run: tool('unzip', dir => ['-o', '-q', zip, '-d', dir])
    }
  ]
  const samples = new Map<string, { ms: number[]; unpackMs: number[]; rssMiB: number[] }>(
    modes.map(m => [m.name, { ms: [], unpackMs: [], rssMiB: [] }])
  )
  for (let round = 0; round < rounds; round++) {
    for (const mode of modes) {
      const dir = mkdtempSync(join(work, 'out-'))
      const result = mode.run(dir)
      // Every mode must have unpacked the same bytes, or its time means nothing.
      const unpackedTool = createHash('sha256')
        .update(readFileSync(join(dir, 'tool')))
        .digest('hex')
      if (unpackedTool !== toolSha256) throw new Error(`${mode.name} unpacked another tool`)
      rmSync(dir, { recursive: true, force: true })
      samples.get(mode.name)?.ms.push(result.ms)
      if (result.rssMiB !== undefined) samples.get(mode.name)?.rssMiB.push(result.rssMiB)
      if (result.unpackMs !== undefined) samples.get(mode.name)?.unpackMs.push(result.unpackMs)
    }
  }
  const median = (list: number[]) =>
    [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN
  const unpacked = mib // the binary; LICENSE and README add a few KiB
  const rows = modes.map(mode => {
    const s = samples.get(mode.name) ?? { ms: [], unpackMs: [], rssMiB: [] }
    const ms = median(s.ms)
    return {
      mode: mode.name,
      format: mode.format,
      medianMs: Math.round(ms),
      mibPerSecond: Math.round(unpacked / (ms / 1000)),
      unpackOnlyMs: s.unpackMs.length ? Math.round(median(s.unpackMs)) : null,
      peakRssMiB: s.rssMiB.length ? Math.round(median(s.rssMiB)) : null
    }
  })
  const medianOf = (name: string, field: 'medianMs' | 'unpackOnlyMs'): number =>
    rows.find(row => row.mode === name)?.[field] ?? NaN
  const ratio = (ours: string, theirs: string, field: 'medianMs' | 'unpackOnlyMs') =>
    Number((medianOf(ours, field) / medianOf(theirs, 'medianMs')).toFixed(2))
  const TAR_OURS = 'sign unpacker, tar.gz (in process)'
  const TAR_THEIRS = 'GNU tar -xzf (what tool-cache ran)'
  const ZIP_OURS = 'sign unpacker, zip (in process)'
  const ZIP_THEIRS = 'unzip -o -q (what tool-cache ran)'
  const result = {
    archive: {
      unpackedMiB: mib,
      tarGzBytes: spawnSync('stat', ['-c%s', tarGz], { encoding: 'utf8' }).stdout.trim(),
      rounds
    },
    rows,
    ratios: {
      // What the install action pays: our unpack in its already-running process, against the
      // tar or unzip process tool-cache started.
      inAction: {
        tarGz: ratio(TAR_OURS, TAR_THEIRS, 'unpackOnlyMs'),
        zip: ratio(ZIP_OURS, ZIP_THEIRS, 'unpackOnlyMs')
      },
      // Whole processes: ours also loads the TypeScript sources it is run from.
      spawnToExit: {
        tarGz: ratio(TAR_OURS, TAR_THEIRS, 'medianMs'),
        zip: ratio(ZIP_OURS, ZIP_THEIRS, 'medianMs')
      }
    }
  }
  mkdirSync(join(root, 'bench/results'), { recursive: true })
  writeFileSync(join(root, 'bench/results/unpack.json'), `${JSON.stringify(result, null, 2)}\n`)
  for (const row of rows) {
    console.log(
      `${row.mode.padEnd(40)} ${String(row.medianMs).padStart(6)} ms spawn to exit  ${String(row.mibPerSecond).padStart(5)} MiB/s  unpack alone ${row.unpackOnlyMs ?? 'n/a'} ms  peak RSS ${row.peakRssMiB ?? 'n/a'} MiB`
    )
  }
  const { inAction, spawnToExit } = result.ratios
  console.log(
    `ours / reference (medians of ${rounds}): in the action tar.gz ×${inAction.tarGz}, zip ×${inAction.zip}; spawn to exit tar.gz ×${spawnToExit.tarGz}, zip ×${spawnToExit.zip}`
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
