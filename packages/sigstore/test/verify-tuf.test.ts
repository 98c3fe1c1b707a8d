// Trust roots through TUF: the loopback stack's TUF repository serves its trusted_root.json;
// @sigstore/tuf fetches it from the initial root.json, then bundles the stack signed verify
// with it. A wrong initial root, an unreachable mirror or a missing root file fail clearly.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startOidcIssuer, startSigstoreStack } from '@sign/testenv'
import { SigstoreError } from '../src/errors.ts'
import { loadTrustedRootFromTuf, verifyBundle } from '../src/verify/index.ts'
import type { LoadTrustedRootFromTufOptions } from '../src/verify/index.ts'
import { startSigningEnv } from './verify-stack.ts'

async function cacheDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sign-tuf-cache-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function assertTrustRootError(
  options: LoadTrustedRootFromTufOptions,
  reason: RegExp
): Promise<void> {
  await assert.rejects(loadTrustedRootFromTuf(options), (error: unknown) => {
    assert.ok(error instanceof SigstoreError, `expected a SigstoreError, got ${String(error)}`)
    assert.equal(error.code, 'TRUST_ROOT', error.message)
    assert.match(
      error.message,
      new RegExp(`^cannot get trusted_root\\.json from the TUF repository ${options.mirror}: `)
    )
    assert.match(error.message, reason)
    return true
  })
}

test('tuf: the stack’s trusted root, fetched through TUF, verifies what the stack signed', async t => {
  const env = await startSigningEnv(t)
  const cachePath = await cacheDir(t)
  const before = env.stack.requests.tuf
  const trustedRoot = await loadTrustedRootFromTuf({
    mirror: env.stack.tufMirrorUrl,
    root: env.stack.tufRootPath,
    cachePath
  })
  assert.ok(env.stack.requests.tuf > before, 'the TUF repository was asked')
  assert.deepEqual(trustedRoot, env.stack.trustedRoot)
  for (const signed of [await env.signFile(), await env.signStatement()]) {
    const result = verifyBundle({
      bundle: signed.bundle,
      artifact: { data: signed.data },
      policy: env.policy,
      trustedRoot
    })
    assert.equal(result.identity, env.san)
  }
})

test('tuf: with forceCache the cached root serves offline; without it the mirror is needed', async t => {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  let running = true
  t.after(() => (running ? stack.stop() : undefined))
  const cachePath = await cacheDir(t)
  const options = { mirror: stack.tufMirrorUrl, root: stack.tufRootPath, cachePath }
  // The stack removes its files when it stops: keep the initial root elsewhere.
  const root = join(cachePath, 'initial-root.json')
  await copyFile(stack.tufRootPath, root)
  const online = await loadTrustedRootFromTuf({ ...options, root })
  await stack.stop()
  running = false
  assert.deepEqual(await loadTrustedRootFromTuf({ ...options, root, forceCache: true }), online)
  await assertTrustRootError(
    { ...options, root, timeoutMs: 2000 },
    /fetch failed ← ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:\d+/
  )
})

test('tuf: an initial root.json of another repository is refused', async t => {
  const env = await startSigningEnv(t)
  const other = await startSigningEnv(t)
  await assertTrustRootError(
    {
      mirror: env.stack.tufMirrorUrl,
      root: other.stack.tufRootPath,
      cachePath: await cacheDir(t)
    },
    /timestamp was signed by 0\/1 keys; check the mirror URL and that .*1\.root\.json is its root\.json$/
  )
})

test('tuf: a missing or non-JSON initial root, or a mirror that is no URL, is refused first', async t => {
  const cachePath = await cacheDir(t)
  await assertTrustRootError(
    { mirror: 'http://127.0.0.1:9', root: join(cachePath, 'missing.json'), cachePath },
    /the initial root .*missing\.json cannot be read \(ENOENT\)/
  )
  const notJson = join(cachePath, 'root.txt')
  await writeFile(notJson, 'not json')
  await assertTrustRootError(
    { mirror: 'http://127.0.0.1:9', root: notJson, cachePath },
    /the initial root .*root\.txt is not JSON/
  )
  await assertTrustRootError(
    { mirror: 'tuf-repo', root: notJson, cachePath },
    /the mirror is not a URL/
  )
})
