import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ConfigurationError, requireIdTokenPermission } from '../src/index.ts'
import { startOidcIssuer } from '@sign/testenv'
import { findSecretLeaks } from '@sign/testenv'
import { runFixture, setEnv } from './helpers.ts'

test('requireIdTokenPermission throws the exact YAML fix when the job has no ID-token endpoint', t => {
  setEnv(t, { ACTIONS_ID_TOKEN_REQUEST_URL: undefined })
  assert.throws(
    () => requireIdTokenPermission({ action: 'cosign-keyless' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigurationError)
      assert.match(error.message, /^cosign-keyless needs an OIDC ID token, but this job may not/)
      assert.match(error.message, /jobs\.<job-id>.*top level of the workflow/)
      assert.equal(error.fix, 'permissions:\n  id-token: write')
      return true
    }
  )
  setEnv(t, { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://127.0.0.1:1/token' })
  assert.doesNotThrow(() => requireIdTokenPermission({ action: 'cosign-keyless' }))
})

test('getIdToken fetches a token from the runtime endpoint and masks it', async t => {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const result = await runFixture('id-token', {
    inputs: { audience: 'sigstore' },
    idToken: oidc.actionsEnv()
  })
  assert.equal(result.exitCode, 0, result.log)
  assert.deepEqual(result.outputs, { repository: 'octo-org/octo-repo' })
  assert.equal(oidc.requests.get('sigstore'), 1)
  const token = result.masks[0] ?? ''
  assert.equal(token.split('.').length, 3)
  assert.ok(result.masks.every(mask => mask === token))
  assert.deepEqual(findSecretLeaks(result, token), [])
})

test('getIdToken fails with the permission fix without the endpoint, and wraps endpoint errors', async t => {
  const missing = await runFixture('id-token', { inputs: { audience: 'sigstore' } })
  assert.equal(missing.exitCode, 1)
  assert.match(missing.annotations[0]?.message ?? '', /\npermissions:\n {2}id-token: write$/)

  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const refused = await runFixture('id-token', {
    inputs: { audience: 'sigstore' },
    idToken: { ...oidc.actionsEnv(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }
  })
  assert.equal(refused.exitCode, 1)
  assert.match(
    refused.annotations[0]?.message ?? '',
    /^A remote service failed: GitHub's OIDC token service gave no ID token for audience 'sigstore'\nCheck: /
  )
  assert.ok(
    refused.debug.some(line =>
      line.startsWith('caused by: Error: Error message: Failed to get ID Token')
    ),
    refused.debug.join('\n')
  )
  assert.equal(oidc.requests.size, 0)
})
