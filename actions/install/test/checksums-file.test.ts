// Versions outside the catalog: installed only when the release's checksums file carries a
// Sigstore bundle that verifies against the tool's release identity in the catalog.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { SIGNED_COSIGN_VERSION, startInstallEnvironment } from './fixtures/environment.ts'
import type { InstallEnvironment } from './fixtures/environment.ts'
import { checksumsFile, sha256Hex, versionLine } from '@sign/testenv'
import type { ReleaseAsset } from '@sign/testenv'
import { errorMessages, runInstall, toolsOutput } from './fixtures/run-install.ts'

const exec = promisify(execFile)

let env: InstallEnvironment
let cosign: ReleaseAsset
before(async () => {
  env = await startInstallEnvironment()
  cosign = await env.publish({ tool: 'cosign', version: SIGNED_COSIGN_VERSION, signed: true })
})
after(() => env?.stop())

const path = (url: string | undefined): string => new URL(url ?? 'http://x/').pathname

test('an unknown version whose checksums bundle verifies installs (verified-by checksums-file)', async () => {
  const resolved = env.resolve({ tool: 'cosign', version: SIGNED_COSIGN_VERSION })
  assert.equal(resolved.sha256, undefined, 'not pinned in the catalog')
  const from = env.server.requests.length
  const { result } = await runInstall({
    env,
    inputs: { tools: `cosign@v${SIGNED_COSIGN_VERSION}` }
  })
  assert.equal(result.exitCode, 0, errorMessages(result) || result.log)
  const requests = env.server.requests.slice(from)
  assert.deepEqual(requests, [
    path(resolved.checksumsUrl),
    path(resolved.checksumsBundleUrl),
    path(resolved.url)
  ])
  const [tool] = toolsOutput(result)
  assert.equal(tool?.['verified-by'], 'checksums-file')
  assert.equal(tool?.['sha256'], cosign.sha256)
  assert.equal(result.outputs['cosign-version'], SIGNED_COSIGN_VERSION)
  const { stdout } = await exec('cosign', [], {
    env: { PATH: [...result.path, '/usr/bin', '/bin'].join(':') }
  })
  assert.equal(stdout.trim(), versionLine({ tool: 'cosign', version: SIGNED_COSIGN_VERSION }))
  assert.match(result.summary, /signed checksums file \(Sigstore\)/)
})

test('a checksums bundle signed by another identity than the tool’s is refused, even with allow-unverified', async () => {
  // signed by sigstore/cosign's release workflow; the catalog expects anchore/syft's
  await env.publish({ tool: 'syft', version: '1.99.0', signed: true })
  const resolved = env.resolve({ tool: 'syft', version: '1.99.0' })
  for (const allowUnverified of ['false', 'true']) {
    const from = env.server.requests.length
    const { result, toolCache } = await runInstall({
      env,
      inputs: { tools: 'cosign\nsyft@1.99.0', 'allow-unverified': allowUnverified }
    })
    assert.equal(result.exitCode, 1)
    const message = errorMessages(result)
    assert.match(
      message,
      /does not verify \S+, the checksums file of syft 1\.99\.0, as signed by https:\/\/github\.com\/anchore\/syft\/\.github\/workflows\/release\.yaml@refs\/tags\/v1\.99\.0/
    )
    assert.match(message, /sigstore\/cosign/, 'the reason names the actual signer')
    const requests = env.server.requests.slice(from)
    assert.ok(!requests.includes(path(resolved.url)), 'the asset is never downloaded')
    assert.ok(!requests.includes(path(env.resolve({ tool: 'cosign' }).url)), 'nor any other tool')
    assert.deepEqual(result.path, [])
    assert.deepEqual(await readdir(toolCache), [])
  }
})

test('a checksums file changed after signing is refused', async () => {
  const resolved = env.resolve({ tool: 'cosign', version: SIGNED_COSIGN_VERSION })
  const original = checksumsFile([cosign])
  const forged = checksumsFile([{ ...cosign, sha256: sha256Hex('a forged cosign') }])
  env.server.put(path(resolved.checksumsUrl), forged)
  try {
    const { result } = await runInstall({
      env,
      inputs: { tools: `cosign@${SIGNED_COSIGN_VERSION}` }
    })
    assert.equal(result.exitCode, 1)
    const message = errorMessages(result)
    assert.match(message, /does not verify \S+, the checksums file of cosign 3\.0\.0,/)
    assert.match(message, /does not match the bundle's message digest/)
    assert.deepEqual(result.path, [])
  } finally {
    env.server.put(path(resolved.checksumsUrl), original)
  }
})

test('the checksums bundle is verified with the trusted-root input: the public-good root refuses the test stack', async () => {
  const { result } = await runInstall({
    env,
    inputs: { tools: `cosign@${SIGNED_COSIGN_VERSION}`, 'trusted-root': '' }
  })
  assert.equal(result.exitCode, 1)
  const message = errorMessages(result)
  assert.match(message, /does not verify \S+, the checksums file of cosign 3\.0\.0,/)
  assert.match(message, /: bundle verification failed: /)
  assert.deepEqual(result.path, [])
})

test('a bundle from another release’s workflow run is refused: the identity names the tag', async () => {
  // 3.0.1's checksums file is signed by the workflow run of tag v3.0.0 (the stack's identity)
  await env.publish({ tool: 'cosign', version: '3.0.1', signed: true })
  const { result } = await runInstall({ env, inputs: { tools: 'cosign@3.0.1' } })
  assert.equal(result.exitCode, 1)
  assert.match(
    errorMessages(result),
    /as signed by https:\/\/github\.com\/sigstore\/cosign\/\.github\/workflows\/release\.yml@refs\/tags\/v3\.0\.1 .*certificate identity .* does not match/
  )
  assert.deepEqual(result.path, [])
})
