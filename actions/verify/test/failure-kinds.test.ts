// The verify step's failures through dist/, told apart from the first line of the error: a
// registry that refuses the credentials or keeps failing is remote (the service, operation,
// status, code and what to check), a trusted root that cannot be read is configuration (naming
// the input). Neither is called an internal error nor asks for a report.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { findSecretLeaks, headlines, htmlText, logShape, makeWorkspace } from '@sign/testenv'
import { startVerifyEnvironment, type VerifyEnvironment } from './fixtures/environment.ts'
import { errorMessages, runVerify } from './fixtures/run-actions.ts'

const ISSUER = 'https://token.actions.githubusercontent.com'
const NOT_INTERNAL = /internal error|report the issue/iu

let env: VerifyEnvironment
let unavailable: Server
let unavailableHost: string

before(async () => {
  env = await startVerifyEnvironment()
  // A registry that answers 503 to every request, retries included: the test registry cannot be
  // told to fail on every request, and this is the whole behaviour under test (a registry down
  // for longer than the retry budget), so a loopback responder scripted to do only that stands in.
  unavailable = createServer((_request, response) => {
    response.writeHead(503, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'maintenance' }] }))
  })
  await new Promise<void>(resolve => unavailable.listen(0, '127.0.0.1', resolve))
  unavailableHost = `127.0.0.1:${(unavailable.address() as AddressInfo).port}`
})
after(async () => {
  await env.stop()
  await new Promise(resolve => unavailable.close(resolve))
})

/** Inputs of a keyless policy with the stack's trusted root. */
function keylessInputs(workspace: string): Record<string, string> {
  return {
    'certificate-identity': env.workflowIdentity,
    'certificate-oidc-issuer': ISSUER,
    'trusted-root': env.stack.trustedRootPath,
    report: join(workspace, 'report.json')
  }
}

test('a wrong registry password is a remote failure naming the registry, status and what to check', async t => {
  const workspace = await makeWorkspace(t, {})
  const password = 'wrong-password-7f3a9c'
  const result = await runVerify({
    env,
    workspace,
    inputs: {
      ...keylessInputs(workspace),
      images: `${env.registry.host}/octo-org/app:v1`,
      'registry-password': password
    }
  })
  assert.equal(result.exitCode, 1)
  const message = errorMessages(result)
  assert.match(
    message,
    new RegExp(
      `^A remote service failed: .*${env.registry.host.replace(/[.]/gu, '\\.')}.* refused the credentials .*HTTP 401`,
      'u'
    )
  )
  assert.match(message, /\nCheck: the registry credentials given to the step/u)
  assert.doesNotMatch(message, NOT_INTERNAL)
  assert.deepEqual(findSecretLeaks(result, password), [])
  // No report: runAction's short summary says what failed, what to check and what was not done.
  assert.deepEqual(headlines(result.summary), ['❌ Verification: failed'])
  const text = htmlText(result.summary)
  assert.match(text, /A remote service failed: .* refused the credentials/u)
  assert.match(text, /What to do: Check: the registry credentials given to the step/u)
  assert.match(text, /\nNothing was verified\.\n/u)
  // It stopped inside the verification group, which still shows what it was checking.
  const groups = logShape(result.log).groups
  assert.deepEqual(
    groups.map(group => [group.name, group.lines.length > 0]),
    [
      ["Policy: the step's inputs", true],
      ['Verify 1 subject', true]
    ]
  )
})

test('a registry answering 503 to everything is a remote failure with its status and code', async t => {
  const workspace = await makeWorkspace(t, {})
  const result = await runVerify({
    env,
    workspace,
    inputs: { ...keylessInputs(workspace), images: `${unavailableHost}/octo-org/app:v1` }
  })
  assert.equal(result.exitCode, 1)
  const message = errorMessages(result)
  assert.match(
    message,
    new RegExp(
      // A HEAD answer has no body, so the registry's code shows only when a GET carried it.
      `^A remote service failed: [a-z0-9. ]+ on ${unavailableHost.replace(/[.]/gu, '\\.')}/octo-org/app failed: HTTP 503( "UNAVAILABLE": "maintenance")?\\n`,
      'u'
    )
  )
  assert.match(message, /\nCheck: the registry's status: it failed on its side/u)
  assert.doesNotMatch(message, NOT_INTERNAL)
})

test('an unreadable trusted root is a configuration error naming the input', async t => {
  const workspace = await makeWorkspace(t, {
    'dist/app.bin': 'app',
    'bad-root.json': '{"mediaType": "application/json"}'
  })
  const missing = await runVerify({
    env,
    workspace,
    inputs: {
      ...keylessInputs(workspace),
      files: 'dist/app.bin',
      'trusted-root': join(workspace, 'absent-root.json')
    }
  })
  assert.equal(missing.exitCode, 1)
  assert.match(
    errorMessages(missing),
    /^Input 'trusted-root': cannot read .*absent-root\.json.* \(ENOENT\)\..*\nwith:\n {2}trusted-root: /u
  )
  assert.doesNotMatch(errorMessages(missing), NOT_INTERNAL)
  const malformed = await runVerify({
    env,
    workspace,
    inputs: {
      ...keylessInputs(workspace),
      files: 'dist/app.bin',
      'trusted-root': join(workspace, 'bad-root.json')
    }
  })
  assert.equal(malformed.exitCode, 1)
  assert.match(
    errorMessages(malformed),
    /^Input 'trusted-root': .*bad-root\.json"? is not a Sigstore trusted root: /u
  )
  assert.doesNotMatch(errorMessages(malformed), NOT_INTERNAL)
})
