// Recovery from failures whose outcome is unknown, against a real registry behind the fault
// proxy (the proxy forwards every request it does not fault), on both registries: distribution
// 2.8.2 and olareg.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import {
  sampleImage,
  startFaultProxy,
  type RegistryKind,
  registryKinds,
  type FaultKey,
  type FaultKind
} from '@sign/testenv'
import {
  OciError,
  blobExists,
  createRegistryClient,
  createTransport,
  pushBlob,
  pushImage,
  resolveManifest,
  sha256Digest,
  type RetryPolicy
} from '../src/index.ts'

const FAST: Partial<RetryPolicy> = { baseDelayMs: 20, maxDelayMs: 2000, budgetMs: 10_000 }

/** An open registry of `registry`'s kind behind a proxy that faults the requests `eligible` picks with `kind`. */
async function flaky(
  t: TestContext,
  options: {
    registry: RegistryKind
    kind: FaultKind
    eligible: (key: FaultKey) => boolean
    retry?: Partial<RetryPolicy>
  }
) {
  const registry = await options.registry.start()
  t.after(() => registry.stop())
  const proxy = await startFaultProxy({
    upstream: registry.url,
    seed: 'recovery',
    rate: 1,
    kinds: [options.kind],
    eligible: options.eligible
  })
  t.after(() => proxy.stop())
  const client = createRegistryClient({
    transport: createTransport({ retry: options.retry ?? FAST })
  })
  const direct = createRegistryClient({})
  return {
    proxy,
    client,
    repo: { registry: proxy.host, repository: 'sign/flaky' },
    directRepo: { registry: registry.host, repository: 'sign/flaky' },
    direct
  }
}

const lines = (log: readonly { method: string; path: string; fault?: FaultKind }[]) =>
  log.map(
    r =>
      `${r.method} ${r.path.replace(/uploads\/[^/]+$/u, 'uploads/<id>')}${r.fault ? ` [${r.fault}]` : ''}`
  )

for (const registryKind of registryKinds())
  test(`a lost answer to the upload-finishing PUT: the blob is found by HEAD, not uploaded again on ${registryKind.name}`, async t => {
    const { proxy, client, repo, direct, directRepo } = await flaky(t, {
      registry: registryKind,
      kind: 'drop-response',
      eligible: key => key.method === 'PUT' && key.path.includes('/blobs/uploads/')
    })
    const data = randomBytes(2048)
    const digest = sha256Digest(data)
    assert.equal(await pushBlob({ client, repo, digest, content: data }), 'uploaded')
    assert.deepEqual(lines(proxy.log), [
      `HEAD /v2/sign/flaky/blobs/${digest}`,
      'POST /v2/sign/flaky/blobs/uploads/',
      'PUT /v2/sign/flaky/blobs/uploads/<id> [drop-response]',
      `HEAD /v2/sign/flaky/blobs/${digest}`
    ])
    assert.equal(await blobExists({ client: direct, repo: directRepo, digest }), true)
  })

for (const registryKind of registryKinds())
  test(`an upload-finishing PUT reset before the registry saw it: the upload restarts from POST on ${registryKind.name}`, async t => {
    let faulted = false
    const { proxy, client, repo, direct, directRepo } = await flaky(t, {
      registry: registryKind,
      kind: 'reset-before',
      eligible: key => {
        const first = !faulted && key.method === 'PUT' && key.path.includes('/blobs/uploads/')
        if (first) faulted = true
        return first
      }
    })
    const data = randomBytes(2048)
    const digest = sha256Digest(data)
    assert.equal(await pushBlob({ client, repo, digest, content: data }), 'uploaded')
    assert.deepEqual(lines(proxy.log), [
      `HEAD /v2/sign/flaky/blobs/${digest}`,
      'POST /v2/sign/flaky/blobs/uploads/',
      'PUT /v2/sign/flaky/blobs/uploads/<id> [reset-before]',
      `HEAD /v2/sign/flaky/blobs/${digest}`,
      'POST /v2/sign/flaky/blobs/uploads/',
      'PUT /v2/sign/flaky/blobs/uploads/<id>'
    ])
    assert.equal(await blobExists({ client: direct, repo: directRepo, digest }), true)
  })

for (const registryKind of registryKinds())
  test(`a manifest PUT whose every answer is lost is found by HEAD once the retries are spent on ${registryKind.name}`, async t => {
    const { proxy, client, repo, direct, directRepo } = await flaky(t, {
      registry: registryKind,
      kind: 'drop-response',
      eligible: key => key.method === 'PUT' && key.path.includes('/manifests/')
    })
    const image = sampleImage()
    const pushed = await pushImage({ client, repo, reference: 'v1', ...image })
    assert.equal(pushed.digest, image.digest)
    const puts = proxy.log.filter(r => r.method === 'PUT' && r.path.endsWith('/manifests/v1'))
    assert.equal(puts.length, 5, 'the PUT is idempotent: tried five times (the policy) first')
    assert.ok(puts.every(r => r.fault === 'drop-response'))
    const resolved = await resolveManifest({ client: direct, repo: directRepo, reference: 'v1' })
    assert.equal(resolved.digest, image.digest)
  })

for (const registryKind of registryKinds())
  test(`429 with Retry-After: 1 is waited out until the time budget would be passed, then reported on ${registryKind.name}`, async t => {
    const { proxy, client, repo } = await flaky(t, {
      registry: registryKind,
      kind: 'status-429',
      eligible: key => key.method === 'HEAD' && key.path.includes('/manifests/'),
      retry: { ...FAST, attempts: 10, budgetMs: 2500 }
    })
    const started = Date.now()
    await assert.rejects(resolveManifest({ client, repo, reference: 'v1' }), (error: unknown) => {
      assert.ok(error instanceof OciError)
      assert.equal(error.status, 429)
      assert.match(error.message, /^resolve v1 on 127\.0\.0\.1:\d+\/sign\/flaky failed: HTTP 429/u)
      return true
    })
    const elapsed = Date.now() - started
    assert.equal(proxy.log.filter(r => r.method === 'HEAD').length, 3, 'at 0 s, 1 s and 2 s')
    assert.ok(elapsed >= 2000 && elapsed < 2500, `${elapsed} ms`)
  })

for (const registryKind of registryKinds())
  test(`upload restarts stop at the policy: the error says the connection was lost, on which request on ${registryKind.name}`, async t => {
    const { proxy, client, repo } = await flaky(t, {
      registry: registryKind,
      kind: 'reset-before',
      eligible: key => key.method === 'PUT' && key.path.includes('/blobs/uploads/'),
      retry: { ...FAST, attempts: 3 }
    })
    const data = randomBytes(512)
    const digest = sha256Digest(data)
    await assert.rejects(pushBlob({ client, repo, digest, content: data }), (error: unknown) => {
      assert.ok(error instanceof OciError)
      assert.equal(error.code, 'NETWORK_ERROR')
      assert.match(
        error.message,
        /^blob\.upload\.finish: PUT 127\.0\.0\.1:\d+\/v2\/sign\/flaky\/blobs\/uploads\/\S+ failed: (ECONNRESET|UND_ERR_SOCKET|EPIPE)/u
      )
      return true
    })
    const posts = proxy.log.filter(r => r.method === 'POST').length
    assert.equal(posts, 3, 'three upload sessions, each looked for by HEAD after it failed')
  })
