// Retries. The real registry cannot be made to answer 429 or 503 or to drop connections on
// demand, so a scripted responder plays those answers; everything else is the real client.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { Readable } from 'node:stream'
import { closeServer, listenOnLoopback } from '@sign/testenv'
import {
  OciError,
  createRegistryClient,
  createTransport,
  fetchManifest,
  pushBlob,
  resolveManifest
} from '../src/index.ts'
import { retryDelay } from '../src/http/retry.ts'

type Answer = { status: number; headers?: Record<string, string> } | 'reset'

const DIGEST = `sha256:${'a'.repeat(64)}`
const FAST = { baseDelayMs: 5, maxDelayMs: 2000, budgetMs: 10_000 }

/** Answers `/v2/` with 200 and other requests with `script` in order, then with 200. */
async function scripted(t: TestContext, script: Answer[]) {
  const seen: string[] = []
  const server = createServer((req, res) => {
    if (req.url === '/v2/') return res.writeHead(200).end()
    seen.push(`${req.method} ${req.url}`)
    const answer = script.shift() ?? {
      status: 200,
      headers: {
        'docker-content-digest': DIGEST,
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
        'content-length': '2'
      }
    }
    if (answer === 'reset') return req.socket.destroy()
    res
      .writeHead(answer.status, answer.headers)
      .end(answer.status >= 400 ? '{"errors":[{"code":"X","message":"scripted"}]}' : undefined)
  })
  const { port } = await listenOnLoopback(server)
  t.after(() => closeServer(server))
  const transport = createTransport({ retry: FAST })
  const client = createRegistryClient({ transport })
  return {
    seen,
    transport,
    client,
    repo: { registry: `127.0.0.1:${port}`, repository: 'sign/retry' }
  }
}

test('429 with Retry-After, 500, 502, 503, 504 and 408 are retried for idempotent requests', async t => {
  const statuses = [429, 500, 502]
  const { seen, client, repo } = await scripted(t, [
    { status: 429, headers: { 'retry-after': '0' } },
    ...statuses.slice(1).map(status => ({ status }))
  ])
  const resolved = await resolveManifest({ client, repo, reference: 'v1' })
  assert.equal(resolved.digest, DIGEST)
  assert.equal(seen.length, 4, 'three failures, then success')
  const more = await scripted(t, [{ status: 503 }, { status: 504 }, { status: 408 }])
  await resolveManifest({ client: more.client, repo: more.repo, reference: 'v1' })
  assert.equal(more.seen.length, 4)
})

test('a reset connection is retried', async t => {
  const { seen, client, repo } = await scripted(t, ['reset', 'reset'])
  assert.equal((await resolveManifest({ client, repo, reference: 'v1' })).digest, DIGEST)
  assert.equal(seen.length, 3)
})

test('no retry of any other 4xx', async t => {
  const bad = await scripted(t, [{ status: 400 }])
  await assert.rejects(
    fetchManifest({ client: bad.client, repo: bad.repo, reference: 'v1' }),
    /manifest\.get on 127\.0\.0\.1:\d+\/sign\/retry failed: HTTP 400 "X": "scripted"/
  )
  assert.equal(bad.seen.length, 1)
  const forbidden = await scripted(t, [{ status: 403 }])
  await assert.rejects(
    fetchManifest({ client: forbidden.client, repo: forbidden.repo, reference: 'v1' }),
    (e: unknown) => e instanceof OciError && e.code === 'AUTH_FAILED' && e.status === 403
  )
  assert.equal(forbidden.seen.length, 1)
})

test('a failed PATCH chunk is not repeated: the blob is looked for, then the upload restarts', async t => {
  const session = { location: '/v2/sign/retry/blobs/uploads/s' }
  const { seen, repo, transport } = await scripted(t, [
    { status: 404 },
    { status: 202, headers: session },
    { status: 503 },
    { status: 404 },
    { status: 202, headers: session },
    { status: 202, headers: session },
    { status: 202, headers: session },
    { status: 202, headers: session },
    { status: 201 }
  ])
  const client = createRegistryClient({ transport, chunkSize: 4 })
  const data = Buffer.from('0123456789')
  assert.equal(
    await pushBlob({
      client,
      repo,
      digest: DIGEST,
      content: { size: 10, open: () => Readable.from([data]) }
    }),
    'uploaded'
  )
  assert.deepEqual(
    seen.map(s => s.split(' ')[0]),
    ['HEAD', 'POST', 'PATCH', 'HEAD', 'POST', 'PATCH', 'PATCH', 'PATCH', 'PUT']
  )
})

test('when retries run out, the error names the registry, repository, operation and status', async t => {
  const { seen, client, repo } = await scripted(
    t,
    Array.from({ length: 10 }, () => ({ status: 503 }))
  )
  await assert.rejects(fetchManifest({ client, repo, reference: 'v1' }), (error: unknown) => {
    assert.ok(error instanceof OciError)
    assert.equal(error.status, 503)
    assert.equal(error.registryCode, 'X')
    assert.equal(
      error.message,
      `manifest.get on ${repo.registry}/sign/retry failed: HTTP 503 "X": "scripted"`
    )
    return true
  })
  assert.equal(seen.length, 5, 'the first try and four more')
})

test('Retry-After is honoured in seconds and as an HTTP date, and capped', () => {
  const policy = { attempts: 5, budgetMs: 60_000, baseDelayMs: 250, maxDelayMs: 30_000 }
  assert.equal(retryDelay({ policy, attempt: 1, retryAfter: '2' }), 2000)
  const now = Date.parse('2026-11-22T10:00:00Z')
  assert.equal(
    retryDelay({ policy, attempt: 1, retryAfter: 'Sun, 22 Nov 2026 10:00:05 GMT', now }),
    5000
  )
  assert.equal(retryDelay({ policy, attempt: 1, retryAfter: '3600' }), 30_000)
  for (let attempt = 1; attempt <= 5; attempt++) {
    const delay = retryDelay({ policy, attempt })
    assert.ok(
      delay >= 0 && delay <= Math.min(250 * 2 ** (attempt - 1), 30_000),
      `attempt ${attempt}: ${delay}`
    )
  }
})
