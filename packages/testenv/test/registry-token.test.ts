import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startRegistry, type TokenRegistry } from '../src/index.ts'
import {
  OCI_MANIFEST,
  RegistryHttpError,
  createRegistryClient,
  parseChallenge
} from './registry-client.ts'
import { pushTestImage, testImage } from './registry-image.ts'

/** POSTs the OAuth2 token form; returns the status and the JSON reply. */
async function postToken(
  registry: TokenRegistry,
  form: Record<string, string>
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(registry.tokenService.realm, {
    method: 'POST',
    body: new URLSearchParams({ service: registry.tokenService.service, ...form })
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

test('token service: OAuth2 password grant with access_type=offline, then refresh_token', async t => {
  const registry = await startRegistry({ mode: 'token' })
  t.after(() => registry.stop())
  const image = testImage()
  const writer = createRegistryClient(registry)
  const digest = await pushTestImage({ client: writer, repository: 'id/app', tag: 'v1', image })
  const { username, password } = registry.credentials
  const scope = 'repository:id/app:pull'

  const login = await postToken(registry, {
    grant_type: 'password',
    client_id: 'sign-test',
    access_type: 'offline',
    username,
    password,
    scope
  })
  assert.equal(login.status, 200)
  assert.equal(login.body['scope'], scope)
  const refreshToken = login.body['refresh_token']
  assert.equal(typeof refreshToken, 'string')

  const refreshed = await postToken(registry, {
    grant_type: 'refresh_token',
    client_id: 'sign-test',
    refresh_token: String(refreshToken),
    scope
  })
  assert.equal(refreshed.status, 200)
  assert.equal(refreshed.body['refresh_token'], undefined, 'no new refresh token unless offline')
  const pulled = await fetch(`${registry.url}/v2/id/app/manifests/${digest}`, {
    headers: {
      accept: OCI_MANIFEST,
      authorization: `Bearer ${String(refreshed.body['access_token'])}`
    }
  })
  assert.equal(pulled.status, 200)
  assert.deepEqual(Buffer.from(await pulled.arrayBuffer()), image.manifest)

  const wrongPassword = await postToken(registry, {
    grant_type: 'password',
    username,
    password: 'x'
  })
  assert.equal(wrongPassword.status, 401)
  assert.equal(wrongPassword.body['error'], 'invalid_grant')
  const unknownRefresh = await postToken(registry, {
    grant_type: 'refresh_token',
    refresh_token: 'x'
  })
  assert.equal(unknownRefresh.status, 401)
  assert.equal(unknownRefresh.body['error'], 'invalid_grant')
  const unsupported = await postToken(registry, { grant_type: 'client_credentials' })
  assert.equal(unsupported.status, 400)
  assert.equal(unsupported.body['error'], 'unsupported_grant_type')
  const otherService = await postToken(registry, {
    service: 'docker.io',
    grant_type: 'password',
    username,
    password
  })
  assert.equal(otherService.status, 400)
  assert.equal(registry.tokenService.requestCount(), 7)
})

test('token service: allowAnonymousPull gives anonymous callers pull-only tokens', async t => {
  const registry = await startRegistry({ mode: 'token', allowAnonymousPull: true })
  t.after(() => registry.stop())
  const image = testImage()
  const writer = createRegistryClient(registry)
  const digest = await pushTestImage({ client: writer, repository: 'pub/app', tag: 'v1', image })

  const anonymous = createRegistryClient({ url: registry.url })
  const pulled = await anonymous.pullManifest({ repository: 'pub/app', reference: 'v1' })
  assert.equal(pulled.digest, digest)
  await assert.rejects(
    anonymous.pushBlob({ repository: 'pub/app', data: Buffer.from('nope') }),
    (error: unknown) => {
      assert.ok(error instanceof RegistryHttpError)
      assert.equal(error.status, 401)
      assert.equal(parseChallenge(error.challenge ?? '').params['error'], 'insufficient_scope')
      return true
    }
  )
})
