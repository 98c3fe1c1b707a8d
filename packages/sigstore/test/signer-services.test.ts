// The Rekor and TSA clients (node:http, kept-alive, retried by SIGSTORE_RETRY): a busy TSA's 429
// waited out by its Retry-After, a Rekor answer lost after the entry was logged recovered through
// 409 and the entry fetched, both through testenv's fault proxy in front of the real stack; and a
// service that answers without end read no further than the limit; and the proxy the environment
// names.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, request } from 'node:http'
import { toSignedEntity } from '@sigstore/verify'
import { closeServer, listenOnLoopback, startFaultProxy } from '@sign/testenv'
import { SigstoreError, createBundleSigner } from '../src/index.ts'
import {
  POLICY,
  SAN,
  artifact,
  parsed,
  startServices,
  tokens,
  verifierFor
} from './signer-fixtures.ts'

test('signer: a TSA answering 429 + Retry-After is asked again after the wait, and the bundle verifies', async t => {
  const { oidc, stack } = await startServices(t)
  const proxy = await startFaultProxy({
    upstream: stack.url,
    seed: 'tsa-busy',
    rate: 1,
    kinds: ['status-429'],
    maxConsecutive: 1,
    eligible: key => key.path === '/api/v1/timestamp'
  })
  t.after(() => proxy.stop())
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, tsaUrl: proxy.url, rekorVersion: 1 },
    identityProvider: tokens(oidc)
  })
  const { data, digest } = artifact()
  const started = Date.now()
  const signed = await signer.signDigest({ algorithm: 'sha256', digest })
  assert.ok(Date.now() - started >= 1000, 'waited the second Retry-After asked for')
  assert.deepEqual(signer.stats(), { fulcio: 1, rekor: 0, tsa: 2 })
  assert.deepEqual(
    proxy.log.map(request => request.fault ?? 'passed'),
    ['status-429', 'passed']
  )
  const verifier = await verifierFor(stack, { tlogThreshold: 0, tsaThreshold: 1 })
  const result = verifier.verify(toSignedEntity(parsed(signed), data), POLICY)
  assert.equal(result.identity?.subjectAlternativeName, SAN)
})

test("signer: Rekor's answer lost after it logged the entry: the retry meets 409 and fetches it", async t => {
  const { oidc, stack } = await startServices(t)
  const proxy = await startFaultProxy({
    upstream: stack.url,
    seed: 'rekor-lost',
    rate: 1,
    kinds: ['drop-response'],
    maxConsecutive: 1,
    eligible: key => key.method === 'POST' && key.path === '/api/v1/log/entries'
  })
  t.after(() => proxy.stop())
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: proxy.url, rekorVersion: 1 },
    identityProvider: tokens(oidc)
  })
  const { data, digest } = artifact()
  const signed = await signer.signDigest({ algorithm: 'sha256', digest })
  assert.deepEqual(
    proxy.log.map(request => `${request.method} ${request.fault ?? 'passed'}`),
    ['POST drop-response', 'POST passed', 'GET passed'],
    'logged once, answered 409 the second time, the entry fetched'
  )
  assert.equal(stack.requests.rekor, 3)
  assert.deepEqual(signer.stats(), { fulcio: 1, rekor: 3, tsa: 0 })
  const verifier = await verifierFor(stack)
  const result = verifier.verify(toSignedEntity(parsed(signed), data), POLICY)
  assert.equal(result.identity?.subjectAlternativeName, SAN)
})

test('signer: a TSA answering without end is read no further than 1 MiB (attack)', async t => {
  // A scripted responder: no real TSA misbehaves on purpose. It streams zeros until the client
  // hangs up, and counts what it managed to send.
  let sent = 0
  const server = createServer((request, response) => {
    request.resume()
    response.writeHead(200, { 'content-type': 'application/timestamp-reply' })
    const chunk = Buffer.alloc(64 * 1024)
    const pump = () => {
      while (!response.destroyed && sent < 64 * 1024 * 1024) {
        sent += chunk.byteLength
        if (!response.write(chunk)) return void response.once('drain', pump)
      }
      response.end()
    }
    pump()
  })
  const { port } = await listenOnLoopback(server)
  t.after(() => closeServer(server))
  const { oidc, stack } = await startServices(t)
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, tsaUrl: `http://127.0.0.1:${port}`, rekorVersion: 1 },
    identityProvider: tokens(oidc)
  })
  await assert.rejects(
    signer.signDigest({ algorithm: 'sha256', digest: artifact().digest }),
    (error: unknown) => {
      assert.ok(error instanceof SigstoreError)
      assert.equal(error.code, 'TIMESTAMP_FAILED')
      assert.match(error.message, /the answer is over the 1024 KiB limit; refusing to read it/)
      return true
    }
  )
  assert.ok(sent < 16 * 1024 * 1024, `the responder sent ${sent} bytes before the client left`)
})

test('signer: Rekor and the TSA are reached through the proxy HTTP_PROXY names', async t => {
  // A scripted forward proxy: the test environment has no proxy server. It forwards plain-HTTP
  // requests (absolute URL in the request line) to the stack and notes each one.
  const { oidc, stack } = await startServices(t)
  const seen: string[] = []
  const proxy = createServer((incoming, outgoing) => {
    const target = new URL(incoming.url ?? '/')
    seen.push(`${incoming.method} ${target.pathname}`)
    const forwarded = request(
      target,
      { method: incoming.method, headers: incoming.headers },
      answer => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(outgoing)
      }
    )
    forwarded.on('error', () => outgoing.destroy())
    incoming.pipe(forwarded)
  })
  const { port } = await listenOnLoopback(proxy)
  t.after(() => closeServer(proxy))
  const saved = { HTTP_PROXY: process.env['HTTP_PROXY'], NO_PROXY: process.env['NO_PROXY'] }
  process.env['HTTP_PROXY'] = `http://127.0.0.1:${port}`
  delete process.env['NO_PROXY']
  t.after(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })
  const signer = createBundleSigner({
    instance: {
      fulcioUrl: stack.fulcioUrl,
      rekorUrl: stack.rekorUrl,
      tsaUrl: stack.tsaUrl,
      rekorVersion: 1
    },
    identityProvider: tokens(oidc)
  })
  await signer.signDigest({ algorithm: 'sha256', digest: artifact().digest })
  // Fulcio's client (sigstore-js, @npmcli/agent) reads the proxy variables once, when it is
  // loaded: set here, after that, they reach only Rekor's and the TSA's requests.
  assert.deepEqual(seen.sort(), ['POST /api/v1/log/entries', 'POST /api/v1/timestamp'])
})
