import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { JsonWebKey } from 'node:crypto'
import * as core from '@actions/core'
import { decodeJwt, startOidcIssuer, verifyJwt } from '../src/index.ts'

test('OIDC issuer: core.getIDToken fetches a signed GitHub-shaped token that verifies with JWKS', async t => {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const env = oidc.actionsEnv()
  const saved = { ...process.env }
  t.after(() => {
    process.env = saved
  })
  Object.assign(process.env, env)

  const token = await core.getIDToken('sigstore')
  const discovery = (await (await fetch(oidc.discoveryUrl)).json()) as { jwks_uri: string }
  const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: JsonWebKey[] }
  const claims = verifyJwt({ token, jwks, issuer: oidc.issuer, audience: 'sigstore' })
  assert.equal(claims['iss'], 'https://token.actions.githubusercontent.com')
  assert.equal(
    claims['job_workflow_ref'],
    'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3'
  )
  for (const claim of ['repository_owner', 'repository_id', 'sha', 'workflow_ref', 'event_name']) {
    assert.ok(claims[claim], `claim ${claim} is present`)
  }
  assert.equal(oidc.requests.get('sigstore'), 1)

  const tampered = token.replace(
    /\.[^.]+\./,
    `.${Buffer.from('{"iss":"x"}').toString('base64url')}.`
  )
  assert.throws(
    () => verifyJwt({ token: tampered, jwks, issuer: oidc.issuer, audience: 'sigstore' }),
    /signature does not verify/
  )
  assert.throws(
    () => verifyJwt({ token, jwks, issuer: oidc.issuer, audience: 'other' }),
    /unexpected audience/
  )
  assert.equal(decodeJwt(token).header.alg, 'RS256')
})

test('OIDC issuer: the ID-token endpoint refuses a wrong request token', async t => {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const response = await fetch(`${oidc.actionsEnv().ACTIONS_ID_TOKEN_REQUEST_URL}&audience=x`, {
    headers: { authorization: 'Bearer nope' }
  })
  assert.equal(response.status, 401)
  assert.equal(oidc.requests.size, 0)
})
