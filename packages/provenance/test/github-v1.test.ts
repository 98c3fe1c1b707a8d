// GitHub's provenance (SLSA v1, buildType https://actions.github.io/buildtypes/workflow/v1) from
// the job's claims: field by field the statement GitHub's attest action wrote for the same run.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { githubProvenance, ProvenanceError, workflowClaims, type Subject } from '../src/index.ts'
import { claimsFor, gpouliosClaims, vectorJson } from './fixtures.ts'

const DIGEST = '9c24ac7eca13411bee8f335f96442c0b5ef8de65ff1f85da6f16fcb0c046bd78'
const SUBJECTS: Subject[] = [{ name: 'app.tar.gz', digest: { sha256: DIGEST } }]

test('from the claims of the gpoulios/testpkg run: the vector statement, every field equal', () => {
  const vector = vectorJson('slsa/attest-push-to-registry-gpoulios-testpkg/statement.json')
  const ours = githubProvenance({
    claims: workflowClaims({ claims: gpouliosClaims() }),
    serverUrl: 'https://github.com',
    subjects: [{ name: 'ghcr.io/gpoulios/testpkg', digest: { sha256: DIGEST } }]
  })
  assert.deepEqual(ours.predicate, vector['predicate'])
  // The whole statement too: type, predicate type and the subjects as given.
  assert.deepEqual(ours, vector)
  // Field order as GitHub writes it, so the JSON reads the same.
  assert.equal(JSON.stringify(ours), JSON.stringify(vector))
})

test('a monorepo tag with @: workflow path cut at the first @, ref whole from the ref claim', () => {
  const ref = 'refs/tags/@octo/pkg@1.2.3'
  const { predicate } = githubProvenance({
    claims: workflowClaims({ claims: claimsFor({ ref }) }),
    serverUrl: 'https://github.com',
    subjects: SUBJECTS
  })
  assert.deepEqual(predicate.buildDefinition.externalParameters.workflow, {
    ref,
    repository: 'https://github.com/octo-org/octo-repo',
    path: '.github/workflows/release.yml'
  })
  assert.deepEqual(predicate.buildDefinition.resolvedDependencies, [
    {
      uri: `git+https://github.com/octo-org/octo-repo@${ref}`,
      digest: { gitCommit: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9' }
    }
  ])
  assert.equal(
    predicate.runDetails.builder.id,
    `https://github.com/octo-org/octo-repo/.github/workflows/release.yml@${ref}`
  )
})

test('a reusable workflow in another repository: it is the builder, the caller is the workflow', () => {
  const claims = claimsFor(
    { ref: 'refs/heads/main', eventName: 'workflow_dispatch', runId: '99', runAttempt: '3' },
    {
      job_workflow_ref: 'octo-org/shared-workflows/.github/workflows/attest.yml@refs/tags/v2.0.0',
      job_workflow_sha: 'ffffffffffffffffffffffffffffffffffffffff'
    }
  )
  const { predicate } = githubProvenance({
    claims: workflowClaims({ claims }),
    serverUrl: 'https://github.com',
    subjects: SUBJECTS
  })
  assert.equal(
    predicate.runDetails.builder.id,
    'https://github.com/octo-org/shared-workflows/.github/workflows/attest.yml@refs/tags/v2.0.0'
  )
  assert.deepEqual(predicate.buildDefinition.externalParameters.workflow, {
    ref: 'refs/heads/main',
    repository: 'https://github.com/octo-org/octo-repo',
    path: '.github/workflows/release.yml'
  })
  assert.equal(
    predicate.runDetails.metadata.invocationId,
    'https://github.com/octo-org/octo-repo/actions/runs/99/attempts/3'
  )
  assert.equal(predicate.buildDefinition.internalParameters.github.event_name, 'workflow_dispatch')
})

test('GitHub Enterprise Server and ghe.com: every URI on the server given', () => {
  for (const server of ['https://github.example.com', 'https://octo-corp.ghe.com']) {
    const { predicate } = githubProvenance({
      claims: workflowClaims({ claims: claimsFor({}) }),
      serverUrl: `${server}/`,
      subjects: SUBJECTS
    })
    assert.equal(
      predicate.buildDefinition.externalParameters.workflow.repository,
      `${server}/octo-org/octo-repo`
    )
    assert.equal(
      predicate.buildDefinition.resolvedDependencies[0]?.uri,
      `git+${server}/octo-org/octo-repo@refs/tags/v1.2.3`
    )
    assert.equal(
      predicate.runDetails.builder.id,
      `${server}/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3`
    )
    assert.equal(
      predicate.runDetails.metadata.invocationId,
      `${server}/octo-org/octo-repo/actions/runs/4242424242/attempts/1`
    )
  }
})

test('a self-hosted runner is recorded as the token says', () => {
  const { predicate } = githubProvenance({
    claims: workflowClaims({ claims: claimsFor({}, { runner_environment: 'self-hosted' }) }),
    serverUrl: 'https://github.com',
    subjects: SUBJECTS
  })
  assert.equal(
    predicate.buildDefinition.internalParameters.github.runner_environment,
    'self-hosted'
  )
})

test('no subjects, or a server URL with a path, is refused before anything is built', () => {
  const claims = workflowClaims({ claims: claimsFor({}) })
  assert.throws(
    () => githubProvenance({ claims, serverUrl: 'https://github.com', subjects: [] }),
    (error: unknown) =>
      error instanceof ProvenanceError &&
      error.code === 'INVALID_SUBJECTS' &&
      error.message === 'There are no subjects to attest: give at least one'
  )
  assert.throws(
    () => githubProvenance({ claims, serverUrl: 'https://github.com/api/v3', subjects: SUBJECTS }),
    (error: unknown) =>
      error instanceof ProvenanceError &&
      error.code === 'INVALID_SERVER_URL' &&
      error.kind === 'configuration' &&
      error.message ===
        'The GitHub server URL "https://github.com/api/v3" has a path, query or fragment; give the scheme and host only (GITHUB_SERVER_URL is https://github.com, https://<tenant>.ghe.com or a GitHub Enterprise Server host)'
  )
})
