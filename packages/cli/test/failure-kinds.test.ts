// `sign verify`'s failures, told apart from the first line of stderr and by the exit code: 1
// verification failed, 2 usage or configuration, 3 a remote service failed, 70 internal.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startRegistry, type TokenRegistry } from '@sign/testenv'
import { describeFailure } from '../src/failure/describe-failure.ts'
import { run } from './run-cli.ts'

const E2E = resolve(import.meta.dirname, '../../../test/vectors/notation/e2e')
const NOT_INTERNAL = /internal error|report it/iu

let dir: string
let publicKey: string
let unavailable: Server
let unavailableHost: string
let registry: TokenRegistry
const savedDockerConfig = process.env['DOCKER_CONFIG']

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sign-cli-failures-'))
  publicKey = join(dir, 'cosign.pub')
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  await writeFile(publicKey, pair.publicKey.export({ type: 'spki', format: 'pem' }))
  // A registry that answers 503 to every request, retries included: the test registry cannot be
  // told to fail on every request, and a registry down longer than the retry budget is the whole
  // behaviour under test, so a loopback responder scripted to do only that stands in.
  unavailable = createServer((_request, response) => {
    response.writeHead(503, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'maintenance' }] }))
  })
  await new Promise<void>(done => unavailable.listen(0, '127.0.0.1', done))
  unavailableHost = `127.0.0.1:${(unavailable.address() as AddressInfo).port}`
  registry = await startRegistry({ mode: 'token' })
  // The docker config the CLI reads its registry credentials from: a wrong password.
  await mkdir(join(dir, 'docker'))
  const auth = Buffer.from(`${registry.credentials.username}:wrong-password-5c1e`).toString(
    'base64'
  )
  await writeFile(
    join(dir, 'docker/config.json'),
    JSON.stringify({ auths: { [registry.host]: { auth } } })
  )
  process.env['DOCKER_CONFIG'] = join(dir, 'docker')
})
after(async () => {
  if (savedDockerConfig === undefined) delete process.env['DOCKER_CONFIG']
  else process.env['DOCKER_CONFIG'] = savedDockerConfig
  await new Promise(done => unavailable.close(done))
  await registry.stop()
  await rm(dir, { recursive: true, force: true })
})

test('verification failed: exit 1, each subject and its reason on stderr, image places only', async () => {
  const store = join(dir, 'truststore')
  await mkdir(join(store, 'x509/ca/e2e'), { recursive: true })
  const result = await run([
    'verify',
    '--oci-layout',
    '--trust-policy',
    join(E2E, 'config/trustpolicies/trustpolicy.json'),
    '--trust-store',
    store,
    `${join(E2E, 'oci_layout/e2e')}:v1`
  ])
  assert.equal(result.code, 1, result.err)
  assert.match(
    result.err,
    /^sign verify: verification failed: 1 of 1 subject\(s\) did not pass the policy:\n- .*e2e:v1: no signature or attestation was found \(looked in: the referrers API or the referrers tag index, and cosign \.sig\/\.att tags\)\n$/u
  )
  assert.doesNotMatch(result.err, /beside/u)
  assert.match(
    result.out,
    /NOT verified: 0 of 1 subject\(s\) passed the policy given by the command-line flags\n$/u
  )
})

test('a missing file target says the file is missing, not that it is a bad image reference', async () => {
  const missing = join(dir, 'Release Builds', 'App-1.0.tar.gz')
  await mkdir(join(dir, 'Release Builds'))
  const result = await run(['verify', '--key', publicKey, missing])
  assert.equal(result.code, 2, result.err)
  assert.match(
    result.err,
    /^sign verify: target ".*App-1\.0\.tar\.gz" is a path, and no file is there/u
  )
  assert.doesNotMatch(result.err, /lowercase|image reference/u)
})

test('--type names the flag, not the policy field predicate-type', async () => {
  const result = await run([
    'verify',
    '--key',
    publicKey,
    '--type',
    'nonsense',
    'ghcr.io/org/app:v1'
  ])
  assert.equal(result.code, 2, result.err)
  assert.match(result.err, /^sign verify: --type must be a URI or one of cosign's names/u)
  assert.doesNotMatch(result.err, /predicate-type/u)
})

test('a registry answering 503 to everything: exit 3, the service, status and what to check', async () => {
  const result = await run(['verify', '--key', publicKey, `${unavailableHost}/octo-org/app:v1`])
  assert.equal(result.code, 3, result.err)
  assert.match(
    result.err,
    new RegExp(
      `^sign verify: a remote service failed: [a-z0-9. ]+ on ${unavailableHost.replace(/[.]/gu, '\\.')}/octo-org/app failed: HTTP 503.*\\ncheck: the registry's status`,
      'u'
    )
  )
  assert.doesNotMatch(result.err, NOT_INTERNAL)
})

test('a wrong registry password: exit 3, the registry and the credentials to check, no secret', async () => {
  const result = await run(['verify', '--key', publicKey, `${registry.host}/octo-org/app:v1`])
  assert.equal(result.code, 3, result.err)
  assert.match(
    result.err,
    /^sign verify: a remote service failed: .* refused the credentials .*HTTP 401/u
  )
  assert.match(result.err, /\ncheck: the registry credentials given to the step/u)
  assert.doesNotMatch(result.err, /wrong-password-5c1e/u)
  assert.doesNotMatch(result.err, NOT_INTERNAL)
})

test('an error without a kind is internal: exit 70, a request for a report, and where it was', () => {
  const failure = describeFailure({ command: 'sign', error: new TypeError('x is undefined') })
  assert.equal(failure.exitCode, 70)
  assert.ok(
    failure.text.startsWith(
      'sign: internal error: x is undefined\n' +
        'This is a bug in sign, not a mistake in the command: please report it with this output.\n'
    ),
    failure.text
  )
  // Then the stack frames, this test's own file among them.
  assert.match(failure.text, /\n\s+at .*failure-kinds\.test\.ts:\d+:\d+/)
})
