// Credentials from a docker config.json, resolved as docker resolves them, used against the real
// registry; credential helpers are real programs on PATH speaking the helper protocol.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startRegistry } from '@sign/testenv'
import {
  OciError,
  createRegistryClient,
  dockerConfigCredentials,
  resolveManifest,
  staticCredentials
} from '../src/index.ts'
import { pushSampleImage } from './fixtures/sample-image.ts'

async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sign-creds-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function writeConfig(dir: string, config: object): Promise<string> {
  const path = join(dir, 'config.json')
  await writeFile(path, JSON.stringify(config))
  return path
}

/** Installs `docker-credential-<name>` on PATH: answers for `host` and logs every call. */
async function installHelper(
  t: TestContext,
  options: { dir: string; name: string; host: string; username: string; secret: string }
): Promise<string> {
  const log = join(options.dir, `${options.name}.log`)
  const script = join(options.dir, `docker-credential-${options.name}`)
  await writeFile(
    script,
    [
      '#!/bin/sh',
      `[ "$1" = get ] || exit 2`,
      'read -r server',
      `echo "$server" >> '${log}'`,
      `if [ "$server" = '${options.host}' ]; then`,
      `  printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}' "$server" '${options.username}' '${options.secret}'`,
      'else echo "credentials not found in native keychain"; exit 1; fi'
    ].join('\n')
  )
  await chmod(script, 0o755)
  const saved = process.env['PATH']
  process.env['PATH'] = `${options.dir}:${saved ?? ''}`
  t.after(() => {
    process.env['PATH'] = saved
  })
  return log
}

test('docker config: inline auth, credHelpers, and credsStore falling back to the inline entry', async t => {
  const registry = await startRegistry({ mode: 'basic' })
  t.after(() => registry.stop())
  const { username, password } = registry.credentials
  const repo = { registry: registry.host, repository: 'sign/creds' }
  const writer = createRegistryClient({
    credentials: staticCredentials({ [registry.host]: { kind: 'basic', username, password } })
  })
  const image = await pushSampleImage({ client: writer, repo, tag: 'v1' })
  const dir = await tempDir(t)
  const resolveWith = async (config: object) => {
    const client = createRegistryClient({
      credentials: dockerConfigCredentials({ path: await writeConfig(dir, config) })
    })
    return resolveManifest({ client, repo, reference: 'v1' })
  }

  const auth = Buffer.from(`${username}:${password}`).toString('base64')
  assert.equal(
    (await resolveWith({ auths: { [`https://${registry.host}`]: { auth } } })).digest,
    image.digest
  )

  const helperLog = await installHelper(t, {
    dir,
    name: 'sign-test',
    host: registry.host,
    username,
    secret: password
  })
  assert.equal(
    (await resolveWith({ credHelpers: { [registry.host]: 'sign-test' } })).digest,
    image.digest
  )
  assert.equal(
    (await readFile(helperLog, 'utf8')).trim(),
    registry.host,
    'the helper was asked for this host'
  )

  // The store knows nothing of this host: docker then uses the inline entry.
  const storeLog = await installHelper(t, {
    dir,
    name: 'empty-store',
    host: 'elsewhere.example',
    username: 'x',
    secret: 'y'
  })
  assert.equal(
    (await resolveWith({ credsStore: 'empty-store', auths: { [registry.host]: { auth } } })).digest,
    image.digest
  )
  assert.equal((await readFile(storeLog, 'utf8')).trim(), registry.host)
})

test('docker config: an identitytoken is exchanged with the OAuth2 refresh grant', async t => {
  const registry = await startRegistry({ mode: 'token' })
  t.after(() => registry.stop())
  const repo = { registry: registry.host, repository: 'sign/identity' }
  const { username, password } = registry.credentials
  const form = new URLSearchParams({
    grant_type: 'password',
    username,
    password,
    service: registry.tokenService.service,
    scope: `repository:${repo.repository}:pull,push`,
    access_type: 'offline',
    client_id: 'sign-test'
  })
  const login = await fetch(registry.tokenService.realm, { method: 'POST', body: form })
  const { refresh_token: identityToken } = (await login.json()) as { refresh_token: string }
  assert.ok(identityToken)

  const dir = await tempDir(t)
  const path = await writeConfig(dir, {
    auths: { [registry.host]: { identitytoken: identityToken } }
  })
  const client = createRegistryClient({ credentials: dockerConfigCredentials({ path }) })
  const image = await pushSampleImage({ client, repo, tag: 'v1' })
  assert.equal((await resolveManifest({ client, repo, reference: 'v1' })).digest, image.digest)

  const wrong = await writeConfig(dir, {
    auths: { [registry.host]: { identitytoken: 'not-a-refresh-token' } }
  })
  await assert.rejects(
    resolveManifest({
      client: createRegistryClient({ credentials: dockerConfigCredentials({ path: wrong }) }),
      repo,
      reference: 'v1'
    }),
    (e: unknown) =>
      e instanceof OciError &&
      e.code === 'AUTH_FAILED' &&
      /token service of .* refused the credentials/.test(e.message)
  )
})

test('docker config: Docker Hub keys, a missing helper, a missing file and bad JSON', async t => {
  const dir = await tempDir(t)
  const hub = dockerConfigCredentials({
    path: await writeConfig(dir, {
      auths: { 'https://index.docker.io/v1/': { auth: Buffer.from('octo:pat').toString('base64') } }
    })
  })
  assert.deepEqual(await hub.credentialsFor('docker.io'), {
    kind: 'basic',
    username: 'octo',
    password: 'pat'
  })
  assert.equal(await hub.credentialsFor('ghcr.io'), undefined)

  const missing = dockerConfigCredentials({
    path: await writeConfig(dir, { credHelpers: { 'ghcr.io': 'absent-helper' } })
  })
  await assert.rejects(missing.credentialsFor('ghcr.io'), (e: unknown) => {
    assert.ok(e instanceof OciError)
    assert.equal(e.code, 'CREDENTIAL_HELPER_FAILED')
    assert.match(
      e.message,
      /docker credential helper "absent-helper": docker-credential-absent-helper is not on PATH/
    )
    return true
  })

  assert.equal(
    await dockerConfigCredentials({ path: join(dir, 'none.json') }).credentialsFor('ghcr.io'),
    undefined
  )
  const broken = join(dir, 'broken.json')
  await writeFile(broken, '{"auths": ')
  await assert.rejects(
    dockerConfigCredentials({ path: broken }).credentialsFor('ghcr.io'),
    new RegExp(`docker config ${broken} is not valid JSON`)
  )
})
