import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { basicAuthorization, decodeJwt, startRegistry, type Registry } from '../src/index.ts'
import {
  OCI_MANIFEST,
  RegistryHttpError,
  createRegistryClient,
  parseChallenge,
  sha256Digest,
  type RegistryClient
} from './registry-client.ts'
import { pushTestImage, testImage } from './registry-image.ts'

/** Pushes an image by tag and pulls it back: same bytes, digest = sha256 of those bytes. */
async function assertRoundTrip(client: RegistryClient, repository: string): Promise<string> {
  const image = testImage()
  const pushed = await pushTestImage({ client, repository, tag: 'v1', image })
  assert.equal(pushed, sha256Digest(image.manifest))
  for (const reference of ['v1', pushed]) {
    const pulled = await client.pullManifest({ repository, reference })
    assert.deepEqual(pulled.bytes, image.manifest, `pulled by ${reference}: the exact bytes`)
    assert.equal(pulled.digest, sha256Digest(pulled.bytes))
    assert.equal(pulled.contentType, OCI_MANIFEST)
  }
  const blob = await client.request(`/v2/${repository}/blobs/${sha256Digest(image.layer)}`)
  assert.equal(blob.status, 200)
  assert.deepEqual(Buffer.from(await blob.arrayBuffer()), image.layer)
  return pushed
}

/** stop() ends the process (its pid is gone) and removes the temp directory. */
async function assertStops(registry: Registry): Promise<void> {
  assert.ok(existsSync(registry.directory))
  process.kill(registry.pid, 0) // alive: throws otherwise
  await registry.stop()
  assert.throws(() => process.kill(registry.pid, 0), { code: 'ESRCH' })
  assert.equal(existsSync(registry.directory), false)
}

test('registry anonymous: HTTP push and pull; OCI Accept needed; no referrers API', async t => {
  const registry = await startRegistry({ mode: 'anonymous' })
  t.after(() => registry.stop())
  assert.match(registry.url, /^http:\/\/127\.0\.0\.1:\d+$/)
  assert.deepEqual(registry.dockerConfig(), { auths: { [registry.host]: {} } })
  const client = createRegistryClient({ url: registry.url })
  const digest = await assertRoundTrip(client, 'anon/app')

  // distribution 2.8 hides OCI manifests from a GET without an OCI Accept header.
  const noAccept = await fetch(`${registry.url}/v2/anon/app/manifests/v1`)
  assert.equal(noAccept.status, 404)
  assert.equal(
    ((await noAccept.json()) as { errors: { code: string }[] }).errors[0]?.code,
    'MANIFEST_UNKNOWN'
  )

  // No OCI 1.1 referrers API: a router 404, not a JSON error. This is why clients here (as with
  // any registry without it) must fall back to the referrers tag schema (`sha256-<hex>` index).
  const referrers = await fetch(`${registry.url}/v2/anon/app/referrers/${digest}`)
  assert.equal(referrers.status, 404)
  assert.equal(await referrers.text(), '404 page not found\n')

  await assertStops(registry)
})

test('registry basic: TLS + htpasswd; the client answers the Basic challenge', async t => {
  const registry = await startRegistry({ mode: 'basic' })
  t.after(() => registry.stop())
  assert.match(registry.url, /^https:\/\/127\.0\.0\.1:\d+$/)
  const { username, password } = registry.credentials
  const auth = registry.dockerConfig().auths[registry.host]?.auth ?? ''
  assert.equal(Buffer.from(auth, 'base64').toString(), `${username}:${password}`)
  await assertRoundTrip(createRegistryClient(registry), 'basic/app')

  const anonymous = await fetch(`${registry.url}/v2/`)
  assert.equal(anonymous.status, 401)
  assert.equal(anonymous.headers.get('www-authenticate'), 'Basic realm="basic-realm"')
  const wrong = await fetch(`${registry.url}/v2/basic/app/manifests/v1`, {
    headers: {
      accept: OCI_MANIFEST,
      authorization: basicAuthorization({ username, password: 'x' })
    }
  })
  assert.equal(wrong.status, 401)
  assert.equal(parseChallenge(wrong.headers.get('www-authenticate') ?? '').scheme, 'basic')
  await assertStops(registry)
})

test('registry token: bearer tokens from the token service, scoped and counted', async t => {
  const reader = { username: 'reader', password: 'reader-pass', pullOnly: true }
  const registry = await startRegistry({ mode: 'token', accounts: [reader] })
  t.after(() => registry.stop())
  const { tokenService } = registry
  const writer = createRegistryClient(registry)
  const digest = await assertRoundTrip(writer, 'team/app')
  assert.equal(tokenService.requestCount(), 1, 'one token (pull,push) served the whole round trip')

  // The registry's challenge names the token service, its service and the scope it needs.
  const bare = await fetch(`${registry.url}/v2/team/app/manifests/${digest}`, {
    headers: { accept: OCI_MANIFEST }
  })
  assert.equal(bare.status, 401)
  const challenge = parseChallenge(bare.headers.get('www-authenticate') ?? '')
  assert.equal(challenge.scheme, 'bearer')
  assert.deepEqual(challenge.params, {
    realm: tokenService.realm,
    service: tokenService.service,
    scope: 'repository:team/app:pull'
  })

  // The pull-only account gets a pull-only token: it pulls, and a push is refused by the registry.
  const readerClient = createRegistryClient({ url: registry.url, credentials: reader })
  const pulled = await readerClient.pullManifest({ repository: 'team/app', reference: digest })
  assert.equal(pulled.digest, digest)
  const push = readerClient.pushBlob({ repository: 'team/app', data: Buffer.from('nope') })
  await assert.rejects(push, (error: unknown) => {
    assert.ok(error instanceof RegistryHttpError)
    assert.equal(error.status, 401)
    const refused = parseChallenge(error.challenge ?? '')
    assert.equal(refused.params['error'], 'insufficient_scope')
    assert.equal(refused.params['realm'], tokenService.realm)
    assert.equal(refused.params['service'], tokenService.service)
    // distribution lists the actions from a Go map: their order varies from run to run.
    const [resource, actions] = (refused.params['scope'] ?? '').split(/:(?=[^:]*$)/)
    assert.equal(resource, 'repository:team/app')
    assert.deepEqual(actions?.split(',').sort(), ['pull', 'push'])
    return true
  })

  // The token service checks credentials and by default refuses anonymous callers.
  const scope = 'repository:team/app:pull'
  const tokenUrl = `${tokenService.realm}?service=${tokenService.service}&scope=${scope}`
  const { username } = registry.credentials
  const wrong = await fetch(tokenUrl, {
    headers: { authorization: basicAuthorization({ username, password: 'wrong' }) }
  })
  assert.equal(wrong.status, 401)
  assert.deepEqual(await wrong.json(), {
    errors: [{ code: 'UNAUTHORIZED', message: 'incorrect username or password' }]
  })
  const anonymous = await fetch(tokenUrl)
  assert.equal(anonymous.status, 401)
  await anonymous.arrayBuffer()

  // The claims the registry checked: RS256 with a libtrust kid, iss/aud/sub, access from scopes.
  const granted = await fetch(`${tokenUrl}&scope=repository:other/app:push,pull`, {
    headers: { authorization: basicAuthorization(reader) }
  })
  const { header, payload } = decodeJwt(((await granted.json()) as { token: string }).token)
  assert.equal(header.alg, 'RS256')
  assert.match(header.kid ?? '', /^([A-Z2-7]{4}:){11}[A-Z2-7]{4}$/)
  assert.equal(payload['iss'], tokenService.issuer)
  assert.equal(payload['aud'], tokenService.service)
  assert.equal(payload['sub'], 'reader')
  assert.deepEqual(payload['access'], [
    { type: 'repository', name: 'team/app', actions: ['pull'] },
    { type: 'repository', name: 'other/app', actions: ['pull'] }
  ])
  await assertStops(registry)
})
