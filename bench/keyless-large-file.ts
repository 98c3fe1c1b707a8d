// bench/keyless-large-file: the whole cosign-keyless action (dist/, as the runner starts it) signing
// one large release file against the loopback Sigstore stack, and its peak memory: the file is
// hashed while streaming, so a 1 GiB file must not cost more memory than a small one. The step's
// peak RSS (getrusage maxrss at exit) is read through a wrapper that loads the bundle unchanged.
// Beside it, the same step signing a 1 KiB file, so what the file size adds is clear.
//   node bench/keyless-large-file.ts [--mib N]     (writes bench/results/keyless-large-file.json)
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { executeAction } from '@sign/testenv'
import { startKeylessEnvironment } from '../actions/cosign-keyless/test/fixtures/environment.ts'

const root = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { mib: { type: 'string', default: '1024' } } })
const MIB = Number(values.mib)
const GOAL_MIB = 100

const env = await startKeylessEnvironment({ registryMode: 'basic' })
const work = await mkdtemp(join(tmpdir(), 'sign-bench-large-'))
try {
  // A wrapper entry: records the process's peak RSS when it exits, then runs the bundle as is.
  const rssFile = join(work, 'maxrss')
  const wrapper = join(work, 'entry.cjs')
  writeFileSync(
    wrapper,
    `${process.env.NO_MAPS ? 'process.setSourceMapsEnabled = () => {};' : ''}process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))
require(${JSON.stringify(join(root, 'dist/cosign-keyless/index.js'))})
`
  )
  const run = async (name: string, bytes: number) => {
    const workspace = join(work, name)
    mkdirSync(workspace)
    const file = openSync(join(workspace, 'release.bin'), 'w')
    const block = randomBytes(Math.min(bytes, 1 << 20))
    for (let written = 0; written < bytes; written += block.byteLength)
      writeSync(file, block, 0, Math.min(block.byteLength, bytes - written))
    closeSync(file)
    const result = await executeAction({
      entry: wrapper,
      actionYml: join(root, 'actions/cosign-keyless/action.yml'),
      workspace,
      inputs: {
        files: 'release.bin',
        'fulcio-url': env.stack.fulcioUrl,
        'rekor-url': env.stack.rekorUrl,
        'tsa-url': env.stack.tsaUrl,
        'github-token': ''
      },
      idToken: env.oidc.actionsEnv(),
      timeoutMs: 600_000
    })
    if (result.exitCode !== 0) throw new Error(`the step failed:\n${result.log}`)
    const peakRssMiB = Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024)
    rmSync(workspace, { recursive: true, force: true })
    return { file: name, bytes, wallMs: result.durationMs, peakRssMiB }
  }
  const small = await run('1 KiB', 1024)
  const large = await run(`${MIB} MiB`, MIB * 2 ** 20)
  const report = {
    benchmark: 'keyless-large-file',
    node: process.version,
    runs: [small, large],
    goalPeakRssMiB: GOAL_MIB,
    largeFileAddsMiB: large.peakRssMiB - small.peakRssMiB,
    hashMiBPerSecond: Math.round(MIB / ((large.wallMs - small.wallMs) / 1000))
  }
  console.table(report.runs)
  console.log(
    `peak RSS of the whole step: ${large.peakRssMiB} MiB with a ${MIB} MiB file (${small.peakRssMiB} MiB with 1 KiB); goal < ${GOAL_MIB} MiB`
  )
  const out = join(import.meta.dirname, 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'keyless-large-file.json'), `${JSON.stringify(report, null, 2)}\n`)
} finally {
  rmSync(work, { recursive: true, force: true })
  await env.stop()
}
