import { test } from 'node:test'
import type { TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createBundleSigner } from '@sign/sigstore'
import { GITHUB_ACTIONS_ISSUER, startOidcIssuer, startSigstoreStack } from '@sign/testenv'
import { PLATFORM_KEYS, parseCatalog } from '../src/index.ts'
import type { Catalog } from '../src/index.ts'
import { sampleCatalog } from './catalog-fixture.ts'
import { runRegen, startReleaseServer, temporaryCatalog } from './regen-env.ts'

const PLATFORMS = PLATFORM_KEYS

/** A release workflow of octo-org/blob at `ref`, and a Sigstore stack certifying its tokens. */
async function releaseWorkflow(t: TestContext, ref: string) {
  const oidc = await startOidcIssuer({
    workflow: { repository: 'octo-org/blob', ref, workflowPath: '.github/workflows/release.yml' }
  })
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  t.after(() => stack.stop())
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, rekorVersion: 1 },
    identityProvider: { getToken: () => Promise.resolve(oidc.mint({ audience: 'sigstore' })) }
  })
  return { stack, signer }
}

/** A checksums file for blob's assets (plus an unrelated file), with its expected pins. */
function blobChecksums(): { text: string; expected: Record<string, string> } {
  const expected: Record<string, string> = {}
  const lines = PLATFORMS.map(key => {
    const sha256 = randomBytes(32).toString('hex')
    expected[key] = sha256
    return `${sha256}  blob-${key}${key.startsWith('windows') ? '.exe' : ''}`
  })
  lines.push(`${randomBytes(32).toString('hex')}  blob_source.tar.gz`)
  return { text: `${lines.join('\n')}\n`, expected }
}

async function signedRelease(
  signer: ReturnType<typeof createBundleSigner>,
  text: string
): Promise<Buffer> {
  const digest = createHash('sha256').update(text).digest()
  const signed = await signer.signDigest({ algorithm: 'sha256', digest })
  return Buffer.from(JSON.stringify(signed.bundle))
}

function blobCatalog(): Catalog {
  const catalog = sampleCatalog()
  catalog.tools.blob!.checksumsBundle!.certificateOidcIssuer = GITHUB_ACTIONS_ISSUER
  return catalog
}

test('regen: a checksums file signed by the release workflow at its tag is pinned', async t => {
  const { stack, signer } = await releaseWorkflow(t, 'refs/tags/v1.1.0')
  const server = await startReleaseServer(t)
  const { text, expected } = blobChecksums()
  const release = '/octo-org/blob/releases/download/v1.1.0'
  server.put(`${release}/blob_checksums.txt`, Buffer.from(text))
  server.put(`${release}/blob_checksums.txt.sigstore.json`, await signedRelease(signer, text))
  const path = await temporaryCatalog(t, blobCatalog())

  const run = await runRegen([
    '--mirror',
    server.url,
    '--catalog',
    path,
    '--trusted-root',
    stack.trustedRootPath,
    'blob@1.1.0'
  ])
  assert.equal(run.code, 0, run.stderr)
  const identity = 'https://github.com/octo-org/blob/.github/workflows/release.yml@refs/tags/v1.1.0'
  assert.match(
    run.stdout,
    new RegExp(
      `^blob@1\\.1\\.0: pinned ${PLATFORMS.join(', ')} from \\S+ \\(signed by ${identity.replaceAll('.', '\\.')}\\)\\n`
    )
  )
  const written = parseCatalog({ json: await readFile(path, 'utf8'), source: path })
  assert.deepEqual(written.tools.blob!.versions['1.1.0'], expected)
  assert.equal(
    written.tools.blob!.defaultVersion,
    '1.0.0',
    'the default moves only with --set-default'
  )
  assert.ok(
    written.generated.sources?.['blob@1.1.0']?.includes(
      `verified: ${identity} (issuer ${GITHUB_ACTIONS_ISSUER})`
    )
  )
})

test('regen: a bundle signed at another tag, or checked against the public-good root, is refused', async t => {
  const { stack, signer } = await releaseWorkflow(t, 'refs/tags/v1.1.0')
  const server = await startReleaseServer(t)
  const { text } = blobChecksums()
  const bundle = await signedRelease(signer, text)
  // The v1.1.0 workflow's signature served as v1.2.0's: the identity names the tag, so it fails.
  for (const tag of ['v1.1.0', 'v1.2.0']) {
    server.put(`/octo-org/blob/releases/download/${tag}/blob_checksums.txt`, Buffer.from(text))
    server.put(`/octo-org/blob/releases/download/${tag}/blob_checksums.txt.sigstore.json`, bundle)
  }
  const path = await temporaryCatalog(t, blobCatalog())
  const before = await readFile(path)

  const otherTag = await runRegen([
    '--mirror',
    server.url,
    '--catalog',
    path,
    '--trusted-root',
    stack.trustedRootPath,
    'blob@1.2.0'
  ])
  assert.equal(otherTag.code, 1)
  assert.match(
    otherTag.stderr,
    /^error \(UNVERIFIABLE_VERSION\): The Sigstore bundle \S+\/v1\.2\.0\/blob_checksums\.txt\.sigstore\.json does not verify \S+\/blob_checksums\.txt, the checksums file of blob 1\.2\.0, as signed by https:\/\/github\.com\/octo-org\/blob\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.2\.0 /
  )
  const publicGood = await runRegen(['--mirror', server.url, '--catalog', path, 'blob@1.1.0'])
  assert.equal(publicGood.code, 1)
  assert.match(
    publicGood.stderr,
    /^error \(UNVERIFIABLE_VERSION\): The Sigstore bundle .*: bundle verification failed: /
  )
  assert.deepEqual(await readFile(path), before)
})
