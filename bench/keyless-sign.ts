// bench/keyless-sign: sign 200 release files keyless against the loopback Sigstore stack, the way
// the cosign-keyless action does (one BundleSigner: one Fulcio certificate, then signDigest over
// each streamed hash, writeFileSignatures), and side by side with one high-level sigstore.sign()
// call per file (the `sigstore` npm package, what a per-file loop or `cosign sign-blob` per file
// costs). Requests are counted at the stack, so every variant is measured the same way; each
// variant runs in a child process of its own, so its peak RSS (getrusage maxrss) is its alone.
//   node bench/keyless-sign.ts [--files N]     (writes bench/results/keyless-sign.json)
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startOidcIssuer, startSigstoreStack } from '@sign/testenv'
import {
  createBundleSigner,
  hashFile,
  resolveInstance,
  staticIdentityProvider,
  writeFileSignatures
} from '@sign/sigstore'
import * as sigstore from 'sigstore'

const FILES = Number(process.argv[process.argv.indexOf('--files') + 1]) || 200
const FILE_SIZE = 64 * 1024
const CONCURRENCY = 8

type VariantName = 'action' | 'baseline' | 'baseline-sequential'

/** What a child reports about its own run. */
interface ChildReport {
  wallMs: number
  /** The client's CPU time while signing. */
  cpuMs: number
  maxRssMiB: number
  bundles: number
  certificates: number
  bundleMediaType: string
}

interface Services {
  fulcioUrl: string
  rekorUrl: string
  tsaUrl: string
  token: string
}

async function inBatches<T>(items: T[], inFlight: number, work: (item: T) => Promise<unknown>) {
  let next = 0
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < items.length) await work(items[next++] as T)
    })
  )
}

/** The action's library path: one signer for every file. */
async function signLikeTheAction(files: string[], services: Services): Promise<void> {
  const signer = createBundleSigner({
    instance: resolveInstance({
      fulcioUrl: services.fulcioUrl,
      rekorUrl: services.rekorUrl,
      tsaUrl: services.tsaUrl
    }),
    identityProvider: staticIdentityProvider(services.token),
    concurrency: CONCURRENCY
  })
  await inBatches(files, CONCURRENCY, async file => {
    const { digest } = await hashFile(file)
    const signed = await signer.signDigest({ algorithm: 'sha256', digest })
    await writeFileSignatures({ file, signed, legacyOutputs: false })
  })
}

/** The baseline: each file read whole and signed by its own sigstore.sign() call. */
async function signOneCallPerFile(
  files: string[],
  services: Services,
  inFlight: number
): Promise<void> {
  await inBatches(files, inFlight, async file => {
    const bundle = await sigstore.sign(await readFile(file), {
      fulcioURL: services.fulcioUrl,
      rekorURL: services.rekorUrl,
      tsaServerURL: services.tsaUrl,
      identityToken: services.token
    })
    await writeFile(`${file}.sigstore.json`, JSON.stringify(bundle))
  })
}

/** Child mode: sign every file in the directory with one variant, report on stdout. */
async function child(variant: VariantName, directory: string): Promise<void> {
  const services = JSON.parse(process.env['BENCH_SERVICES'] ?? '{}') as Services
  const files = readdirSync(directory)
    .filter(name => name.endsWith('.bin'))
    .map(name => join(directory, name))
  const started = performance.now()
  const cpu = process.cpuUsage()
  if (variant === 'action') await signLikeTheAction(files, services)
  else await signOneCallPerFile(files, services, variant === 'baseline' ? CONCURRENCY : 1)
  const wallMs = performance.now() - started
  const { user, system } = process.cpuUsage(cpu)
  const bundles = files.map(
    file =>
      JSON.parse(readFileSync(`${file}.sigstore.json`, 'utf8')) as {
        mediaType: string
        verificationMaterial: {
          certificate?: { rawBytes: string }
          x509CertificateChain?: { certificates: { rawBytes: string }[] }
        }
      }
  )
  const certificate = (bundle: (typeof bundles)[number]) =>
    bundle.verificationMaterial.certificate?.rawBytes ??
    bundle.verificationMaterial.x509CertificateChain?.certificates[0]?.rawBytes
  const report: ChildReport = {
    wallMs: Math.round(wallMs),
    cpuMs: Math.round((user + system) / 1000),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    bundles: bundles.length,
    certificates: new Set(bundles.map(certificate)).size,
    bundleMediaType: [...new Set(bundles.map(bundle => bundle.mediaType))].join(', ')
  }
  process.stdout.write(`${JSON.stringify(report)}\n`)
}

async function main(): Promise<void> {
  const oidc = await startOidcIssuer()
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  const work = mkdtempSync(join(tmpdir(), 'bench-keyless-'))
  try {
    const variants: { name: VariantName; label: string }[] = [
      { name: 'action', label: 'cosign-keyless path: 1 BundleSigner, signDigest' },
      { name: 'baseline', label: `sigstore.sign() per file, ${CONCURRENCY} in flight` },
      { name: 'baseline-sequential', label: 'sigstore.sign() per file, one at a time' }
    ]
    const results = []
    for (const { name, label } of variants) {
      // The same file contents for every variant, in a directory of its own.
      const directory = join(work, name)
      mkdirSync(directory)
      for (let i = 0; i < FILES; i++) {
        writeFileSync(join(directory, `asset-${i}.bin`), contentOf(i))
      }
      const services: Services = {
        fulcioUrl: stack.fulcioUrl,
        rekorUrl: stack.rekorUrl,
        tsaUrl: stack.tsaUrl,
        // One token (valid 300 s) for the whole variant: the baseline is not charged for tokens.
        token: oidc.mint({ audience: 'sigstore' })
      }
      stack.requests.reset()
      const stackCpu = process.cpuUsage()
      // Asynchronously: the stack answers from this process's event loop.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [import.meta.filename, '--variant', name, directory],
        { env: { ...process.env, BENCH_SERVICES: JSON.stringify(services) }, encoding: 'utf8' }
      )
      const { user, system } = process.cpuUsage(stackCpu)
      const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildReport
      const { fulcio, rekor, tsa } = stack.requests
      results.push({
        variant: label,
        files: FILES,
        ...report,
        requests: { fulcio, rekor, tsa, total: fulcio + rekor + tsa },
        // The stack's CPU time answering this variant (it runs in this process).
        stackCpuMs: Math.round((user + system) / 1000),
        filesPerSecond: Number(((FILES * 1000) / report.wallMs).toFixed(1))
      })
    }
    const [ours, baseline, sequential] = results as [
      (typeof results)[0],
      (typeof results)[0],
      (typeof results)[0]
    ]
    const ratio = (a: number, b: number) => Number((a / b).toFixed(2))
    const ratios = {
      fulcioRequests: `${baseline.requests.fulcio} vs ${ours.requests.fulcio} (${ratio(baseline.requests.fulcio, ours.requests.fulcio)}x fewer)`,
      totalRequests: ratio(baseline.requests.total, ours.requests.total),
      wallTimeVsBaseline: ratio(baseline.wallMs, ours.wallMs),
      wallTimeVsSequential: ratio(sequential.wallMs, ours.wallMs),
      peakRssVsBaseline: ratio(baseline.maxRssMiB, ours.maxRssMiB)
    }
    console.table(
      results.map(r => ({
        variant: r.variant,
        'wall ms': r.wallMs,
        'files/s': r.filesPerSecond,
        'client CPU ms': r.cpuMs,
        'stack CPU ms': r.stackCpuMs,
        Fulcio: r.requests.fulcio,
        Rekor: r.requests.rekor,
        TSA: r.requests.tsa,
        certificates: r.certificates,
        'peak RSS MiB': r.maxRssMiB,
        bundle: r.bundleMediaType
      }))
    )
    console.log(
      `Fulcio requests: ${ratios.fulcioRequests}; all Sigstore requests: ` +
        `${ratios.totalRequests}x fewer; wall time: ${ratios.wallTimeVsBaseline}x faster than ` +
        `the same concurrency, ${ratios.wallTimeVsSequential}x faster than one at a time; ` +
        `peak RSS: ${ratios.peakRssVsBaseline}x lower`
    )
    const out = join(import.meta.dirname, 'results')
    mkdirSync(out, { recursive: true })
    writeFileSync(
      join(out, 'keyless-sign.json'),
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          files: FILES,
          fileSizeBytes: FILE_SIZE,
          concurrency: CONCURRENCY,
          stack: 'testenv Sigstore stack on loopback (Fulcio, Rekor v1, TSA)',
          results,
          ratios
        },
        null,
        2
      )}\n`
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
    await stack.stop()
    await oidc.stop()
  }
}

/** File `i`'s content: FILE_SIZE bytes, the same in every variant, different per file. */
function contentOf(i: number): Buffer {
  const block = createHash('sha256').update(`asset ${i}`).digest()
  return Buffer.concat(Array.from({ length: FILE_SIZE / block.length }, () => block))
}

const variantArg = process.argv.indexOf('--variant')
if (variantArg > 0) {
  await child(process.argv[variantArg + 1] as VariantName, process.argv[variantArg + 2] ?? '')
} else {
  await main()
}
