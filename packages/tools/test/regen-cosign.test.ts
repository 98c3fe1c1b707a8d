import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { check, format, resolveConfig } from 'prettier'
import { builtinCatalog, parseCatalog, serializeCatalog } from '../src/index.ts'
import { cosignRelease, runRegen, startReleaseServer, temporaryCatalog } from './regen-env.ts'

const RELEASE = '/sigstore/cosign/releases/download/v3.1.3'

/** The built-in catalog without cosign 3.1.3 (cosign's default moved to an empty 3.0.0). */
function catalogWithoutCosign313() {
  const catalog = structuredClone(builtinCatalog())
  const cosign = catalog.tools.cosign!
  cosign.versions = { '3.0.0': {} }
  cosign.defaultVersion = '3.0.0'
  delete catalog.generated.sources?.['cosign@3.1.3']
  return catalog
}

test('regen: pins cosign 3.1.3 from its real checksums file and verified public-good bundle', async t => {
  const server = await startReleaseServer(t)
  const release = await cosignRelease()
  server.put(`${RELEASE}/cosign_checksums.txt`, release.checksums)
  server.put(`${RELEASE}/cosign_checksums.txt.sigstore.json`, release.bundle)
  const path = await temporaryCatalog(t, catalogWithoutCosign313())

  const run = await runRegen([
    '--mirror',
    `${server.url}/`,
    '--catalog',
    path,
    '--set-default',
    'cosign@v3.1.3'
  ])
  assert.equal(run.code, 0, run.stderr)
  assert.equal(
    run.stdout.split('\n')[0],
    'cosign@3.1.3: pinned linux-amd64, linux-arm64, darwin-amd64, darwin-arm64, windows-amd64 ' +
      `from ${server.url}${RELEASE}/cosign_checksums.txt (signed by keyless@projectsigstore.iam.gserviceaccount.com)`
  )
  assert.deepEqual(server.requests, [
    `${RELEASE}/cosign_checksums.txt`,
    `${RELEASE}/cosign_checksums.txt.sigstore.json`
  ])

  const text = await readFile(path, 'utf8')
  const written = parseCatalog({ json: text, source: path })
  const cosign = written.tools.cosign!
  assert.equal(cosign.defaultVersion, '3.1.3')
  // The values the script derives equal the ones committed in the built-in catalog.
  assert.deepEqual(cosign.versions['3.1.3'], builtinCatalog().tools.cosign!.versions['3.1.3'])
  assert.deepEqual(cosign.versions['3.0.0'], {}, 'other versions are kept')
  assert.match(
    written.generated.sources?.['cosign@3.1.3'] ?? '',
    /^http:\/\/127\.0\.0\.1:\d+\/sigstore\/cosign\/releases\/download\/v3\.1\.3\/cosign_checksums\.txt \(Sigstore bundle \S+ verified: keyless@projectsigstore\.iam\.gserviceaccount\.com \(issuer https:\/\/accounts\.google\.com\)\)$/
  )
  assert.deepEqual(written.tools.syft, builtinCatalog().tools.syft, 'other tools are untouched')

  // Sorted keys, prettier-formatted, and stable: a second run writes the very same bytes.
  const sorted = serializeCatalog({ catalog: JSON.parse(text) as unknown })
  assert.equal(JSON.stringify(JSON.parse(text)), JSON.stringify(JSON.parse(sorted)), 'keys sorted')
  assert.ok(
    await check(text, { ...((await resolveConfig(path)) ?? {}), filepath: path }),
    'prettier-clean'
  )
  const again = await runRegen([
    '--mirror',
    server.url,
    '--catalog',
    path,
    '--set-default',
    'cosign@3.1.3'
  ])
  assert.equal(again.code, 0, again.stderr)
  assert.equal(await readFile(path, 'utf8'), text)
})

test('regen: the committed catalog.json is in the form the script writes', async () => {
  const path = new URL('../catalog.json', import.meta.url).pathname
  const config = (await resolveConfig(path)) ?? {}
  const canonical = await format(serializeCatalog({ catalog: builtinCatalog() }), {
    ...config,
    parser: 'json',
    filepath: path
  })
  assert.equal(await readFile(path, 'utf8'), canonical)
})

test('regen: a checksums file the bundle does not sign is refused; the catalog is untouched', async t => {
  const server = await startReleaseServer(t)
  const release = await cosignRelease()
  const forged = release.checksums
    .toString()
    .replace(/^[0-9a-f]{64}(?= {2}cosign-linux-amd64\n)/mu, 'f'.repeat(64))
  assert.notEqual(forged, release.checksums.toString())
  server.put(`${RELEASE}/cosign_checksums.txt`, Buffer.from(forged))
  server.put(`${RELEASE}/cosign_checksums.txt.sigstore.json`, release.bundle)
  const path = await temporaryCatalog(t, catalogWithoutCosign313())
  const before = await readFile(path)

  const run = await runRegen(['--mirror', server.url, '--catalog', path, 'cosign@3.1.3'])
  assert.equal(run.code, 1)
  assert.ok(
    run.stderr.startsWith(
      `error (UNVERIFIABLE_VERSION): The Sigstore bundle ${server.url}${RELEASE}/cosign_checksums.txt.sigstore.json ` +
        `does not verify ${server.url}${RELEASE}/cosign_checksums.txt, the checksums file of cosign 3.1.3, as signed by keyless@projectsigstore.iam.gserviceaccount.com`
    ),
    run.stderr
  )
  assert.match(run.stderr, /does not match the bundle's message digest/)
  assert.match(run.stderr, /The catalog was not changed\.\n$/)
  assert.deepEqual(await readFile(path), before)
})

test('regen: the real bundle is refused when the catalog expects another signer', async t => {
  const server = await startReleaseServer(t)
  const release = await cosignRelease()
  server.put(`${RELEASE}/cosign_checksums.txt`, release.checksums)
  server.put(`${RELEASE}/cosign_checksums.txt.sigstore.json`, release.bundle)
  const catalog = catalogWithoutCosign313()
  catalog.tools.cosign!.checksumsBundle!.certificateIdentity =
    'https://github.com/sigstore/cosign/.github/workflows/release.yml@refs/tags/{tag}'
  catalog.tools.cosign!.checksumsBundle!.certificateOidcIssuer =
    'https://token.actions.githubusercontent.com'
  const path = await temporaryCatalog(t, catalog)
  const before = await readFile(path)
  const run = await runRegen(['--mirror', server.url, '--catalog', path, 'cosign@3.1.3'])
  assert.equal(run.code, 1)
  assert.match(
    run.stderr,
    /^error \(UNVERIFIABLE_VERSION\): .* as signed by https:\/\/github\.com\/sigstore\/cosign\/\.github\/workflows\/release\.yml@refs\/tags\/v3\.1\.3 /
  )
  assert.match(run.stderr, /certificate identity .* does not match/)
  assert.deepEqual(await readFile(path), before)
})
