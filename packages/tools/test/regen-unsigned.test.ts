import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { builtinCatalog, parseCatalog } from '../src/index.ts'
import { runRegen, startReleaseServer, temporaryCatalog } from './regen-env.ts'

const sha = (): string => randomBytes(32).toString('hex')
const oras = (version: string) =>
  `/oras-project/oras/releases/download/v${version}/oras_${version}_checksums.txt`

test('regen: a tool without a Sigstore bundle is pinned from its checksums file, saying so', async t => {
  const server = await startReleaseServer(t)
  const pins = {
    'linux-amd64': sha(),
    'linux-arm64': sha(),
    'darwin-amd64': sha(),
    'darwin-arm64': sha()
  }
  const lines = Object.entries(pins).map(
    ([key, value]) => `${value}  oras_1.4.0_${key.replace('-', '_')}.tar.gz`
  )
  const text = `${lines.join('\n')}\n${sha()}  oras_1.4.0_linux_s390x.tar.gz\n`
  server.put(oras('1.4.0'), Buffer.from(text))
  const path = await temporaryCatalog(t)

  const run = await runRegen([
    '--mirror',
    server.url,
    '--catalog',
    path,
    '--set-default',
    'oras@1.4.0'
  ])
  assert.equal(run.code, 0, run.stderr)
  assert.equal(
    run.stdout,
    `oras@1.4.0: pinned linux-amd64, linux-arm64, darwin-amd64, darwin-arm64 from ${server.url}${oras('1.4.0')} ` +
      `(unsigned); not listed: windows-amd64\nwrote ${path}\n`
  )
  assert.deepEqual(server.requests, [oras('1.4.0')], 'no bundle is asked for')
  const written = parseCatalog({ json: await readFile(path, 'utf8'), source: path })
  assert.deepEqual(written.tools.oras!.versions['1.4.0'], pins)
  assert.equal(written.tools.oras!.defaultVersion, '1.4.0')
  assert.deepEqual(
    written.tools.oras!.versions['1.3.2'],
    builtinCatalog().tools.oras!.versions['1.3.2']
  )
  assert.equal(
    written.generated.sources?.['oras@1.4.0'],
    `${server.url}${oras('1.4.0')} (no Sigstore bundle published: taken over TLS without a signature check); no asset listed for windows-amd64`
  )
})

test('regen: nothing is written when any release fails (missing file, no assets listed)', async t => {
  const server = await startReleaseServer(t)
  server.put(oras('1.4.0'), Buffer.from(`${sha()}  oras_1.4.0_linux_amd64.tar.gz\n`))
  server.put(oras('1.6.0'), Buffer.from(`${sha()}  something_else.tar.gz\n`))
  const path = await temporaryCatalog(t)
  const before = await readFile(path)

  const missing = await runRegen([
    '--mirror',
    server.url,
    '--catalog',
    path,
    'oras@1.4.0',
    'oras@1.5.0'
  ])
  assert.equal(missing.code, 1)
  assert.ok(
    missing.stdout.startsWith('oras@1.4.0: pinned linux-amd64 '),
    'the first release was fetched'
  )
  assert.equal(
    missing.stderr,
    `error (DOWNLOAD_FAILED): Cannot download ${server.url}${oras('1.5.0')}: HTTP 404.\nThe catalog was not changed.\n`
  )
  const none = await runRegen(['--mirror', server.url, '--catalog', path, 'oras@1.6.0'])
  assert.equal(none.code, 1)
  assert.ok(
    none.stderr.startsWith(
      `error (INVALID_INPUT): The checksums file ${server.url}${oras('1.6.0')} lists none of oras 1.6.0's assets`
    ),
    none.stderr
  )
  assert.deepEqual(await readFile(path), before)
})

test('regen: bad arguments are refused before anything is fetched', async t => {
  const server = await startReleaseServer(t)
  const path = await temporaryCatalog(t)
  const before = await readFile(path)
  const cases: [string[], RegExp][] = [
    [[], /^error: no release given\nusage: /],
    [['oras'], /^error: "oras" is not TOOL@VERSION: write e\.g\. cosign@3\.1\.3\n/],
    [
      ['--set-default', 'oras@1.4.0', 'oras@1.5.0'],
      /^error: --set-default with two releases of oras/
    ],
    [
      ['orca@1.0.0'],
      /^error \(UNKNOWN_TOOL\): Unknown tool "orca": the catalog has cosign, notation/
    ],
    [['oras@latest'], /^error \(INVALID_INPUT\): Invalid version "latest" for oras/],
    [
      ['--mirror', 'ftp://mirror', 'oras@1.4.0'],
      /^error \(INVALID_INPUT\): Invalid mirror "ftp:\/\/mirror"/
    ],
    [
      ['--trusted-root', '/nonexistent/root.json', 'oras@1.4.0'],
      /^error \(INVALID_INPUT\): cannot read the trusted root/
    ]
  ]
  for (const [args, reason] of cases) {
    const run = await runRegen(['--catalog', path, '--mirror', server.url, ...args])
    assert.equal(run.code, 1, args.join(' '))
    assert.match(run.stderr, reason)
  }
  assert.deepEqual(server.requests, [])
  assert.deepEqual(await readFile(path), before)
})
