// Credentials stay with their origin. The real registry (Debian's docker-registry, TLS + Basic
// or TLS + bearer tokens) sits behind a loopback front that sends uploads and blob downloads to
// another origin, the way registries on object storage do; that other origin, the token services
// that change realm, and the registry that names a plain-HTTP realm are scripted, because the
// point is what the client sends to a server that is not the registry.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { basicAuthorization, startRegistry } from '@sign/testenv'
import {
  OciError,
  blobExists,
  createRegistryClient,
  fetchBlob,
  fetchManifest,
  pushBlob,
  sha256Digest,
  staticCredentials
} from '../src/index.ts'
import {
  forward,
  startRecordingServer,
  type RecordedRequest,
  type RecordingHandler
} from './fixtures/recording-server.ts'
import { elsewhereUrl, registryUrlOf, startRegistryFront } from './fixtures/registry-front.ts'

const authorizationOf = (r: RecordedRequest): string | undefined => r.headers['authorization']

/** The real registry in `mode`, its front, and the other origin answering with `elsewhere`. */
async function setup(
  t: TestContext,
  mode: 'basic' | 'token',
  elsewhere: (registryAuthorization: string) => RecordingHandler
) {
  const registry = await startRegistry({ mode })
  t.after(() => registry.stop())
  const registryAuthorization = basicAuthorization(registry.credentials)
  const other = await startRecordingServer({ handle: elsewhere(registryAuthorization) })
  t.after(() => other.stop())
  const front = await startRegistryFront({
    registryUrl: registry.url,
    elsewhere: () => other.origin
  })
  t.after(() => front.stop())
  const credentials = staticCredentials({
    [front.host]: { kind: 'basic', ...registry.credentials }
  })
  const repo = { registry: front.host, repository: 'sign/app' }
  return { front, other, credentials, repo, registryAuthorization }
}

/**
 * A storage backend that holds its own access to the registry (as a signed URL does): it takes
 * requests without credentials and completes them at the registry with its own.
 */
const storageWithOwnAccess =
  (registryAuthorization: string): RecordingHandler =>
  (request, response) =>
    forward({
      request,
      url: registryUrlOf(request.url),
      response,
      headers: { authorization: registryAuthorization },
      location: absolute =>
        elsewhereUrl({ elsewhere: `http://${request.headers.host}`, kind: 'upload', to: absolute })
    })

test('an upload Location on another origin gets no Authorization; the push completes there (Basic)', async t => {
  const { front, other, credentials, repo, registryAuthorization } = await setup(
    t,
    'basic',
    storageWithOwnAccess
  )
  const client = createRegistryClient({ credentials })
  const small = randomBytes(64)
  const digest = sha256Digest(small)
  assert.equal(await pushBlob({ client, repo, digest, content: small }), 'uploaded')

  const chunked = createRegistryClient({ credentials, chunkSize: 16 })
  const large = randomBytes(40)
  assert.equal(
    await pushBlob({ client: chunked, repo, digest: sha256Digest(large), content: large }),
    'uploaded'
  )

  const atOther = other.requests.map(r => `${r.method} ${r.url.split('?')[0]}`)
  assert.deepEqual(
    atOther,
    ['PUT /upload', 'PATCH /upload', 'PATCH /upload', 'PATCH /upload', 'PUT /upload'],
    'one PUT, then three PATCH chunks and the closing PUT, all at the other origin'
  )
  assert.deepEqual(
    other.requests.map(authorizationOf),
    atOther.map(() => undefined),
    'the other origin never saw an Authorization header'
  )
  assert.ok(
    front.requests.some(r => authorizationOf(r) === registryAuthorization),
    'the registry itself got the Basic credentials'
  )
  assert.ok(await blobExists({ client, repo, digest }), 'the blob landed in the real registry')
  assert.ok(await blobExists({ client, repo, digest: sha256Digest(large) }))

  // A blob GET redirected to the other origin: followed there without credentials.
  other.requests.length = 0
  assert.equal(sha256Digest(await fetchBlob({ client, repo, digest })), digest)
  assert.deepEqual(
    other.requests.map(r => [r.method, r.url.split('?')[0], authorizationOf(r)]),
    [['GET', '/blob', undefined]]
  )
})

test('with bearer tokens: the token goes to the registry, never to the upload origin', async t => {
  // A storage backend that completes uploads itself.
  const { front, other, credentials, repo } = await setup(t, 'token', () => (request, response) => {
    response.writeHead(request.method === 'PUT' ? 201 : 202, { 'content-length': '0' })
    response.end()
  })
  const client = createRegistryClient({ credentials })
  const bytes = randomBytes(32)
  assert.equal(
    await pushBlob({ client, repo, digest: sha256Digest(bytes), content: bytes }),
    'uploaded'
  )
  assert.deepEqual(
    other.requests.map(r => [r.method, authorizationOf(r)]),
    [['PUT', undefined]]
  )
  assert.ok(
    front.requests.some(r => authorizationOf(r)?.startsWith('Bearer ')),
    'the registry got the bearer token'
  )
})

test("another origin's 401 challenge is not answered: no token request to its realm, a clear error", async t => {
  const realm = await startRecordingServer({
    handle: (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end('{"token":"should-never-be-asked-for"}')
    }
  })
  t.after(() => realm.stop())
  const { other, credentials, repo } = await setup(t, 'basic', () => (_request, response) => {
    response.writeHead(401, {
      'www-authenticate': `Bearer realm="${realm.origin}/token",service="storage"`,
      'content-length': '0'
    })
    response.end()
  })
  const client = createRegistryClient({ credentials })
  const bytes = randomBytes(32)
  await assert.rejects(
    pushBlob({ client, repo, digest: sha256Digest(bytes), content: bytes }),
    (error: unknown) =>
      error instanceof OciError &&
      error.code === 'AUTH_FAILED' &&
      error.status === 401 &&
      error.message === `blob.upload.finish on ${repo.registry}/sign/app failed: HTTP 401`
  )
  assert.equal(realm.requests.length, 0, 'the realm named by the other origin was never contacted')
  assert.deepEqual(other.requests.map(authorizationOf), [undefined])
})

/**
 * A registry whose challenges name whichever of two token services `realm()` says, accepting
 * only that service's tokens; each token service issues `<name>:<scope>` tokens.
 */
async function startRealmSwitchingRegistry(t: TestContext) {
  const issue =
    (name: string): RecordingHandler =>
    (request, response) => {
      const scope = new URL(request.url, 'http://x').searchParams.getAll('scope').join(' ')
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ token: `${name}:${scope}`, expires_in: 300 }))
    }
  const one = await startRecordingServer({ handle: issue('one') })
  t.after(() => one.stop())
  const two = await startRecordingServer({ handle: issue('two') })
  t.after(() => two.stop())
  const state = { current: 'one' as 'one' | 'two' }
  const registry = await startRecordingServer({
    handle: (request, response) => {
      const service = state.current
      const token = authorizationOf(request)?.replace(/^Bearer /, '')
      if (!token?.startsWith(`${service}:`)) {
        const origin = service === 'one' ? one.origin : two.origin
        response.writeHead(401, {
          'www-authenticate': `Bearer realm="${origin}/token",service="${service}"`,
          'content-length': '0'
        })
        response.end()
        return
      }
      response.writeHead(404, { 'content-length': '0' })
      response.end()
    }
  })
  t.after(() => registry.stop())
  return { one, two, registry, state }
}

test('a bearer token is bound to its realm and service: never offered once the registry names another', async t => {
  const { one, two, registry, state } = await startRealmSwitchingRegistry(t)
  const client = createRegistryClient({
    credentials: staticCredentials({
      [registry.host]: { kind: 'basic', username: 'user', password: 'secret' }
    })
  })
  const get = (repository: string) =>
    fetchManifest({ client, repo: { registry: registry.host, repository }, reference: 'v1' })
  assert.equal(await get('org/a'), undefined)
  assert.equal(await get('org/b'), undefined)
  assert.deepEqual(
    one.requests.map(r => new URL(r.url, 'http://x').searchParams.get('scope')),
    ['repository:org/a:pull', 'repository:org/b:pull']
  )

  state.current = 'two'
  registry.requests.length = 0
  assert.equal(await get('org/a'), undefined)
  // The session now knows realm two; it holds an unexpired token of realm one for org/b.
  assert.equal(await get('org/b'), undefined)
  const sent = registry.requests.map(authorizationOf)
  assert.deepEqual(sent, [
    'Bearer one:repository:org/a:pull',
    'Bearer two:repository:org/a:pull',
    'Bearer two:repository:org/b:pull'
  ])
  assert.ok(
    !sent.includes('Bearer one:repository:org/b:pull'),
    "realm one's token for org/b was never offered under realm two"
  )
  assert.deepEqual(
    two.requests.map(r => [
      new URL(r.url, 'http://x').searchParams.get('service'),
      new URL(r.url, 'http://x').searchParams.get('scope'),
      authorizationOf(r)
    ]),
    [
      [
        'two',
        'repository:org/a:pull',
        basicAuthorization({ username: 'user', password: 'secret' })
      ],
      ['two', 'repository:org/b:pull', basicAuthorization({ username: 'user', password: 'secret' })]
    ]
  )
})

test('credentials are never sent to a plain-HTTP token realm on another host', async t => {
  const realm = 'http://token.example.invalid/token'
  const registry = await startRecordingServer({
    handle: (_request, response) => {
      response.writeHead(401, {
        'www-authenticate': `Bearer realm="${realm}",service="registry"`,
        'content-length': '0'
      })
      response.end()
    }
  })
  t.after(() => registry.stop())
  const client = createRegistryClient({
    credentials: staticCredentials({
      [registry.host]: { kind: 'basic', username: 'user', password: 'secret' }
    })
  })
  await assert.rejects(
    fetchManifest({
      client,
      repo: { registry: registry.host, repository: 'org/a' },
      reference: 'v1'
    }),
    (error: unknown) =>
      error instanceof OciError &&
      error.code === 'INSECURE_REFUSED' &&
      error.message ===
        `the token service of ${registry.host} is "${realm}", plain HTTP on another host; refusing to send the credentials for ${registry.host} there (the registry must name an https:// realm)`
  )
})
