// The ID token's claims typed for the provenance, and the issuer GitHub's attestations expect.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  githubIssuerFor,
  issuerMatches,
  ProvenanceError,
  workflowClaims,
  workflowPath
} from '../src/index.ts'
import { claimsFor } from './fixtures.ts'

function refused(run: () => unknown, code: string, kind: string, message: string): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof ProvenanceError)
    assert.equal(error.code, code)
    assert.equal(error.kind, kind)
    assert.equal(error.message, message)
    return true
  })
}

test('claims the test issuer mints are typed as they are, optional ones included', () => {
  const claims = workflowClaims({ claims: claimsFor({}) })
  assert.equal(claims.repository, 'octo-org/octo-repo')
  assert.equal(
    claims.workflow_ref,
    'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3'
  )
  assert.equal(claims.runner_environment, 'github-hosted')
  assert.equal(claims.actor, 'octocat')
  assert.equal(claims.actor_id, '583231')
  assert.equal(claims.repository_owner, 'octo-org')
  assert.equal(claims.job_workflow_sha, 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9')
  // Claims nobody reads are not carried.
  assert.equal((claims as Record<string, unknown>)['jti'], undefined)
})

test('without the optional claims the required ones are enough', () => {
  const only = claimsFor({})
  for (const name of [
    'repository_owner',
    'workflow_sha',
    'job_workflow_sha',
    'actor',
    'actor_id'
  ]) {
    delete only[name]
  }
  const claims = workflowClaims({ claims: only })
  assert.equal(claims.actor, undefined)
  assert.equal(claims.sha, 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9')
})

test('each missing claim is named, empty ones count as missing', () => {
  const claims = claimsFor({})
  delete claims['runner_environment']
  delete claims['run_attempt']
  claims['ref'] = ''
  refused(
    () => workflowClaims({ claims }),
    'MISSING_CLAIMS',
    'configuration',
    'The ID token lacks claims the provenance is built from: ref, runner_environment, run_attempt'
  )
})

test('claims of the wrong type are named with their type, after the missing ones', () => {
  refused(
    () => workflowClaims({ claims: { ...claimsFor({}), run_id: 4242, actor_id: true } }),
    'INVALID_CLAIMS',
    'configuration',
    'The ID token has claims that are not strings: run_id (a number), actor_id (a boolean)'
  )
  const claims: Record<string, unknown> = { ...claimsFor({}), run_id: 4242 }
  delete claims['sha']
  refused(
    () => workflowClaims({ claims }),
    'MISSING_CLAIMS',
    'configuration',
    'The ID token lacks claims the provenance is built from: sha; and has claims that are not strings: run_id (a number)'
  )
  refused(
    () => workflowClaims({ claims: ['iss'] }),
    'INVALID_CLAIMS',
    'configuration',
    "The ID token's payload is an array, not an object of claims"
  )
})

test('a workflow_ref outside the repository, or without a ref, is refused', () => {
  refused(
    () =>
      workflowClaims({
        claims: claimsFor(
          {},
          { workflow_ref: 'other/repo/.github/workflows/release.yml@refs/heads/main' }
        )
      }),
    'INVALID_CLAIMS',
    'configuration',
    'The ID token\'s workflow_ref "other/repo/.github/workflows/release.yml@refs/heads/main" does not name a workflow of its repository "octo-org/octo-repo" at a ref (octo-org/octo-repo/<path>@<ref>)'
  )
  refused(
    () =>
      workflowClaims({
        claims: claimsFor({}, { workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml' })
      }),
    'INVALID_CLAIMS',
    'configuration',
    'The ID token\'s workflow_ref "octo-org/octo-repo/.github/workflows/release.yml" does not name a workflow of its repository "octo-org/octo-repo" at a ref (octo-org/octo-repo/<path>@<ref>)'
  )
  refused(
    () => workflowClaims({ claims: claimsFor({}, { job_workflow_ref: 'release.yml' }) }),
    'INVALID_CLAIMS',
    'configuration',
    'The ID token\'s job_workflow_ref "release.yml" is not owner/repo/path@ref'
  )
})

test('the workflow path ends at the first @ after it: monorepo tags keep theirs', () => {
  const claims = {
    repository: 'o/r',
    workflow_ref: 'o/r/.github/workflows/release.yml@refs/tags/pkg@1.2.3'
  }
  assert.equal(workflowPath({ claims }), '.github/workflows/release.yml')
})

test('the issuer for github.com and for a ghe.com tenant; GHES must give its own', () => {
  assert.equal(
    githubIssuerFor({ serverUrl: 'https://github.com' }),
    'https://token.actions.githubusercontent.com'
  )
  assert.equal(
    githubIssuerFor({ serverUrl: 'https://github.com/' }),
    'https://token.actions.githubusercontent.com'
  )
  assert.equal(
    githubIssuerFor({ serverUrl: 'https://octo-corp.ghe.com' }),
    'https://token.actions.octo-corp.ghe.com'
  )
  refused(
    () => githubIssuerFor({ serverUrl: 'https://github.example.com' }),
    'INVALID_SERVER_URL',
    'configuration',
    'The GitHub server URL "https://github.example.com" is neither https://github.com nor https://<tenant>.ghe.com: the ID token issuer for a GitHub Enterprise Server must be given explicitly'
  )
  refused(
    () => githubIssuerFor({ serverUrl: 'github.com' }),
    'INVALID_SERVER_URL',
    'configuration',
    'The GitHub server URL "github.com" is not a URL (GITHUB_SERVER_URL is https://github.com, https://<tenant>.ghe.com or a GitHub Enterprise Server host)'
  )
  refused(
    () => githubIssuerFor({ serverUrl: 'https://github.com/octo-org' }),
    'INVALID_SERVER_URL',
    'configuration',
    'The GitHub server URL "https://github.com/octo-org" has a path, query or fragment; give the scheme and host only (GITHUB_SERVER_URL is https://github.com, https://<tenant>.ghe.com or a GitHub Enterprise Server host)'
  )
})

test('an issuer matches exactly or with an enterprise slug, not as another host', () => {
  const expected = 'https://token.actions.githubusercontent.com'
  assert.equal(issuerMatches({ issuer: expected, expected }), true)
  assert.equal(issuerMatches({ issuer: `${expected}/hammer-time`, expected }), true)
  assert.equal(issuerMatches({ issuer: `${expected}.example.com`, expected }), false)
  assert.equal(
    issuerMatches({ issuer: 'https://token.actions.octo-corp.ghe.com', expected }),
    false
  )
  assert.equal(
    issuerMatches({
      issuer: 'https://token.actions.octo-corp.ghe.com',
      expected: 'https://token.actions.octo-corp.ghe.com'
    }),
    true
  )
})
