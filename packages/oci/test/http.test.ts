import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { closeServer, listenOnLoopback, startReferrersRegistry, startRegistry } from '@sign/testenv'
import {
  createRegistryClient,
  createTransport,
  resolveManifest,
  staticCredentials,
  type Logger
} from '../src/index.ts'
import { isLoopbackHost, isPlainHttpAnswer } from '../src/http/scheme.ts'
import { pushSampleImage } from './fixtures/sample-image.ts'

test('connections are kept alive and reused; in-flight requests stay within the bound', async t => {
  let connections = 0
  let inFlight = 0
  let peak = 0
  const server = createServer((_req, res) => {
    inFlight++
    peak = Math.max(peak, inFlight)
    setTimeout(() => {
      inFlight--
      res.writeHead(200).end('ok')
    }, 5)
  })
  server.on('connection', () => connections++)
  const { port } = await listenOnLoopback(server)
  t.after(() => closeServer(server))
  const transport = createTransport({ concurrency: 4 })
  const url = new URL(`http://127.0.0.1:${port}/v2/`)
  for (let i = 0; i < 20; i++)
    await (await transport.send({ operation: 'ping', method: 'GET', url })).text()
  // Without keep-alive this would be 20; undici may open a second socket before the first is
  // back in its pool.
  assert.ok(connections <= 2, `20 sequential requests over ${connections} connections`)
  await Promise.all(
    Array.from({ length: 40 }, async () =>
      (await transport.send({ operation: 'ping', method: 'GET', url })).text()
    )
  )
  assert.equal(peak, 4, 'never more than 4 requests in flight')
  assert.deepEqual(transport.stats(), { total: 60, byOperation: { ping: 60 } })
})

test('debug logs name requests but never carry credentials or tokens', async t => {
  const registry = await startRegistry({ mode: 'token' })
  t.after(() => registry.stop())
  const lines: string[] = []
  const logger: Logger = {
    debug: m => lines.push(m),
    info: m => lines.push(m),
    warning: m => lines.push(m)
  }
  const { username, password } = registry.credentials
  const client = createRegistryClient({
    logger,
    credentials: staticCredentials({ [registry.host]: { kind: 'basic', username, password } })
  })
  const repo = { registry: registry.host, repository: 'sign/logs' }
  await pushSampleImage({ client, repo, tag: 'v1' })
  await resolveManifest({ client, repo, reference: 'v1' })
  const log = lines.join('\n')
  assert.match(log, new RegExp(`PUT ${registry.host}/v2/sign/logs/manifests/v1 → 201`))
  assert.match(log, /GET 127\.0\.0\.1:\d+\/token → 200/)
  for (const secret of [
    password,
    Buffer.from(`${username}:${password}`).toString('base64'),
    'Bearer ',
    'Basic '
  ]) {
    assert.ok(!log.includes(secret), `the log does not contain ${secret.slice(0, 6)}…`)
  }
})

test('plain HTTP only for loopback hosts; a TLS handshake meeting plain HTTP is recognised', () => {
  for (const host of ['localhost', 'localhost:5000', '127.0.0.1', '127.1.2.3:443', '[::1]:5000']) {
    assert.ok(isLoopbackHost(host), host)
  }
  for (const host of [
    'ghcr.io',
    '10.0.0.1:5000',
    'localhost.example.com',
    '[::2]:5000',
    '128.0.0.1'
  ]) {
    assert.ok(!isLoopbackHost(host), host)
  }
  const tlsToHttp = new TypeError('fetch failed', {
    cause: Object.assign(new Error('ssl3_get_record:wrong version number'), { code: 'EPROTO' })
  })
  assert.ok(isPlainHttpAnswer(tlsToHttp))
  assert.ok(
    !isPlainHttpAnswer(
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })
      })
    )
  )
})

test('a registry on a loopback host is reached over HTTPS when it speaks TLS, else over HTTP', async t => {
  const http = await startRegistry({ mode: 'anonymous' })
  t.after(() => http.stop())
  const tls = await startRegistry({ mode: 'basic' })
  t.after(() => tls.stop())
  const client = createRegistryClient({
    credentials: staticCredentials({ [tls.host]: { kind: 'basic', ...tls.credentials } })
  })
  assert.equal((await client.url({ registry: http.host, repository: 'a' }, 'x')).protocol, 'http:')
  assert.equal((await client.url({ registry: tls.host, repository: 'a' }, 'x')).protocol, 'https:')
  // The same with another server: olareg on plain HTTP and on TLS from the test CA.
  const olaregHttp = await startReferrersRegistry()
  t.after(() => olaregHttp.stop())
  const olaregTls = await startReferrersRegistry({ tls: true })
  t.after(() => olaregTls.stop())
  const open = createRegistryClient()
  assert.equal(
    (await open.url({ registry: olaregHttp.host, repository: 'a' }, 'x')).protocol,
    'http:'
  )
  assert.equal(
    (await open.url({ registry: olaregTls.host, repository: 'a' }, 'x')).protocol,
    'https:'
  )
  const image = await pushSampleImage({
    client: open,
    repo: { registry: olaregTls.host, repository: 'a' },
    tag: 'v1'
  })
  assert.deepEqual(
    await resolveManifest({
      client: open,
      repo: { registry: olaregTls.host, repository: 'a' },
      reference: 'v1'
    }),
    image,
    'pushed and resolved over HTTPS'
  )
  assert.equal(
    (await client.url({ registry: 'ghcr.io', repository: 'a' }, 'x')).href,
    'https://ghcr.io/v2/a/x'
  )
  assert.equal(
    (await client.url({ registry: 'docker.io', repository: 'library/alpine' }, 'x')).host,
    'registry-1.docker.io'
  )
})
