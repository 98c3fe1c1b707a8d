// slsa-github-generator's generic form (Statement v0.1, SLSA v0.2) from the job's claims and
// event: field by field the statement the generator v2.1.0 wrote for the same run.
//
// Every field is equal. Two are derived differently from the generator's, to the same values:
// `invocation.configSource.entryPoint` is the path in the `workflow_ref` claim (the generator
// asks GitHub's API for the run's workflow file), and `builder.id` is on the server given (the
// generator always writes https://github.com/). `github_event_payload` is the event file as it
// is, which is what the generator records (its keys sorted, as Go writes a map).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  genericEnvironment,
  genericProvenanceV02,
  ProvenanceError,
  workflowClaims,
  type GenericEnvironment
} from '../src/index.ts'
import { claimsFor, exampleRepositoryClaims, genericVectorStatement } from './fixtures.ts'

const DIGEST = '376e7e01348585b6e6643bc6663146b9d525d9b41228bf180eaeb4d4a3706caa'

function vectorPredicate(statement: Record<string, unknown>): {
  invocation: { environment: Record<string, unknown> }
} {
  return statement['predicate'] as { invocation: { environment: Record<string, unknown> } }
}

test('from the claims and event of the example-package run: the generator v2.1.0 statement, every field equal', () => {
  const vector = genericVectorStatement()
  const event = vectorPredicate(vector).invocation.environment['github_event_payload']
  const environment = genericEnvironment({
    variables: {
      GITHUB_RUN_NUMBER: '116',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_BASE_REF: '',
      GITHUB_HEAD_REF: '',
      GITHUB_ACTOR: 'ramonpetgrave64',
      GITHUB_REPOSITORY_OWNER: 'slsa-framework'
    },
    eventPayload: event
  })
  const ours = genericProvenanceV02({
    claims: workflowClaims({ claims: exampleRepositoryClaims() }),
    serverUrl: 'https://github.com',
    environment,
    subjects: [{ name: 'gha_generic-binary-linux-amd64-v13.0.30', digest: { sha256: DIGEST } }]
  })
  assert.deepEqual(ours.predicate, vector['predicate'])
  assert.deepEqual(ours, vector)
  // Key for key in the generator's order, so the JSON reads the same.
  assert.equal(JSON.stringify(ours), JSON.stringify(vector))
})

test('the builder id can be given; by default it is the workflow the job runs in', () => {
  const claims = workflowClaims({ claims: exampleRepositoryClaims() })
  const environment: GenericEnvironment = {
    runNumber: '1',
    refType: 'tag',
    baseRef: '',
    headRef: ''
  }
  const subjects = [{ name: 'a', digest: { sha256: DIGEST } }]
  const given = genericProvenanceV02({
    claims,
    serverUrl: 'https://github.com',
    environment,
    subjects,
    builderId: 'https://github.com/org/sign/.github/workflows/provenance.yml@refs/tags/v1.0.0'
  })
  assert.equal(
    given.predicate.builder.id,
    'https://github.com/org/sign/.github/workflows/provenance.yml@refs/tags/v1.0.0'
  )
  const byDefault = genericProvenanceV02({
    claims,
    serverUrl: 'https://github.com',
    environment,
    subjects
  })
  assert.equal(
    byDefault.predicate.builder.id,
    'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0'
  )
  // Without the event, parameters are not complete and no payload is recorded; without the
  // actor claims and variables, the generator's empty strings.
  assert.equal(byDefault.predicate.metadata.completeness.parameters, false)
  assert.equal('github_event_payload' in byDefault.predicate.invocation.environment, false)
  assert.equal(byDefault.predicate.invocation.parameters, undefined)
})

test('workflow_dispatch inputs and the vars context are the parameters, as the generator records them', () => {
  const claims = workflowClaims({
    claims: claimsFor({ ref: 'refs/tags/pkg@1.2.3', eventName: 'workflow_dispatch' })
  })
  const subjects = [{ name: 'a', digest: { sha256: DIGEST } }]
  const base = { runNumber: '17', refType: 'tag', baseRef: '', headRef: '' }
  const withInputs = genericProvenanceV02({
    claims,
    serverUrl: 'https://octo-corp.ghe.com',
    environment: {
      ...base,
      eventPayload: { inputs: { level: 'full' }, ref: 'refs/tags/pkg@1.2.3' }
    },
    subjects
  })
  assert.deepEqual(withInputs.predicate.invocation.parameters, {
    event_inputs: { level: 'full' },
    vars: null
  })
  assert.deepEqual(withInputs.predicate.invocation.configSource, {
    uri: 'git+https://octo-corp.ghe.com/octo-org/octo-repo@refs/tags/pkg@1.2.3',
    digest: { sha1: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9' },
    entryPoint: '.github/workflows/release.yml'
  })
  assert.equal(withInputs.predicate.metadata.buildInvocationID, '4242424242-1')
  assert.equal(withInputs.predicate.invocation.environment['github_actor'], 'octocat')
  assert.equal(withInputs.predicate.invocation.environment['github_repository_owner'], 'octo-org')
  const withVars = genericProvenanceV02({
    claims,
    serverUrl: 'https://github.com',
    environment: { ...base, eventPayload: { ref: 'refs/tags/pkg@1.2.3' }, vars: { REGION: 'eu' } },
    subjects
  })
  assert.deepEqual(withVars.predicate.invocation.parameters, { vars: { REGION: 'eu' } })
  assert.equal(withVars.predicate.metadata.completeness.parameters, true)
})

test('an event payload that is not a JSON object is refused', () => {
  assert.throws(
    () => genericEnvironment({ variables: {}, eventPayload: ['push'] }),
    (error: unknown) =>
      error instanceof ProvenanceError &&
      error.code === 'INVALID_OPTIONS' &&
      error.kind === 'configuration' &&
      error.message ===
        'The event payload (the file GITHUB_EVENT_PATH names) is not a JSON object but "[\\"push\\"]"'
  )
  const environment = genericEnvironment({ variables: { GITHUB_RUN_NUMBER: '5' } })
  assert.deepEqual(environment, {
    eventPayload: undefined,
    runNumber: '5',
    refType: '',
    baseRef: '',
    headRef: '',
    actor: undefined,
    repositoryOwner: undefined,
    vars: undefined
  })
})
