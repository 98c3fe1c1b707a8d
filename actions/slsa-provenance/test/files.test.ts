// Release files through the built bundle: every file is a subject of one statement, GitHub's
// SLSA v1 workflow provenance exactly as built from the job's own claims, signed keyless and
// written as slsa-github-generator names it (`<file>.intoto.jsonl`, `multiple.intoto.jsonl`);
// our verify requires it by builder, source and tag; the generic v0.2 form and the generator's
// base64 subjects; GitHub's attestations API receives the same bundle, and a token without
// `attestations: write` stops the step before anything is written.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  findSecretLeaks,
  listFiles,
  makeWorkspace,
  sha256Hex,
  startGithubApi,
  type GithubApi
} from '@sign/testenv'
import { loadTrust, policyFromText, verifyFile } from '@sign/verify'
import {
  startKeylessEnvironment,
  type KeylessEnvironment
} from '../../cosign-keyless/test/fixtures/environment.ts'
import { WORKFLOW_IDENTITY } from '../../cosign-keyless/test/fixtures/verify.ts'
import {
  errorMessages,
  provenanceOutput,
  runSlsaProvenance
} from './fixtures/run-slsa-provenance.ts'
import { expectedGithubStatement, jsonlBundles, verifiedStatement } from './fixtures/statements.ts'

let env: KeylessEnvironment
let api: GithubApi
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'basic' })
  api = await startGithubApi({
    tokens: {
      'writer-token': { repositories: ['octo-org/octo-repo'], attestationsWrite: true },
      'reader-token': { repositories: ['octo-org/octo-repo'], attestationsWrite: false }
    }
  })
})
after(async () => {
  await api.stop()
  await env.stop()
})

const APP = 'app-linux-amd64\n'
const TOOL = 'app-darwin-arm64\n'

test("files: one GitHub SLSA v1 statement for every file, as built from the job's claims, written as multiple.intoto.jsonl", async t => {
  const workspace = await makeWorkspace(t, {
    'dist/app-linux-amd64': APP,
    'dist/app-darwin-arm64': TOOL
  })
  const result = await runSlsaProvenance(env, { workspace, inputs: { files: 'dist/*' } })
  assert.equal(result.exitCode, 0, errorMessages(result))
  const [record, ...more] = provenanceOutput(result)
  assert.equal(more.length, 0)
  assert.equal(record?.path, 'dist/multiple.intoto.jsonl')
  assert.equal(result.outputs['provenance-name'], 'dist/multiple.intoto.jsonl')
  const bundles = await jsonlBundles(join(workspace, 'dist/multiple.intoto.jsonl'))
  assert.equal(bundles.length, 1)
  const statement = verifiedStatement(env, bundles[0]!)
  const subjects = [
    { name: 'app-darwin-arm64', digest: { sha256: sha256Hex(Buffer.from(TOOL)) } },
    { name: 'app-linux-amd64', digest: { sha256: sha256Hex(Buffer.from(APP)) } }
  ]
  assert.deepEqual(
    [...statement.subject].sort((a, b) => a.name.localeCompare(b.name)),
    subjects
  )
  // Field for field what GitHub's attest action builds from the same claims.
  assert.deepEqual(statement, expectedGithubStatement(env, statement.subject))
  const runDetails = statement.predicate['runDetails'] as { builder: { id: string } }
  assert.equal(runDetails.builder.id, WORKFLOW_IDENTITY)
  assert.match(result.summary, /SLSA Build L2/)
  assert.match(result.summary, /gh attestation verify/)
})

test('one file: its .intoto.jsonl beside it, which verify finds and requires by builder, source and tag', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app': APP })
  const result = await runSlsaProvenance(env, { workspace, inputs: { files: 'dist/app' } })
  assert.equal(result.exitCode, 0, errorMessages(result))
  assert.deepEqual(await listFiles(workspace), ['dist/app', 'dist/app.intoto.jsonl'])
  const { repository, ref } = env.oidc.workflow
  const policy = (tag: string) =>
    policyFromText({
      source: 'p',
      baseDir: '/',
      text: `version: 1
trust:
  trusted-root: ${env.stack.trustedRootPath}
signers:
  release:
    certificate-identity: ${WORKFLOW_IDENTITY}
    certificate-oidc-issuer: https://token.actions.githubusercontent.com
require:
  - provenance: release
    builder-id: ${WORKFLOW_IDENTITY}
    source-repository: ${repository}
    source-tag: ${tag}
`
    })
  const verify = async (tag: string) => {
    const loaded = await policy(tag)
    const trust = await loadTrust({ policy: loaded, tufCachePath: tmpdir() })
    return verifyFile({ path: join(workspace, 'dist/app'), policy: loaded, trust })
  }
  const tag = ref.replace('refs/tags/', '')
  const pass = await verify(tag)
  assert.equal(pass.verified, true, pass.reason)
  const fail = await verify('v9.9.9')
  assert.equal(fail.verified, false)
  assert.match(fail.reason ?? '', new RegExp(`source ref is ${ref}, not refs/tags/v9\\.9\\.9`))
})

test("both formats, and the generator's base64 subjects (a binary-mode *name keeps its *)", async t => {
  const workspace = await makeWorkspace(t, { 'dist/app': APP })
  const listed = `${sha256Hex(Buffer.from('win'))} *app.exe\n${sha256Hex(Buffer.from('mac'))}  app-mac\n`
  const result = await runSlsaProvenance(env, {
    workspace,
    inputs: {
      files: 'dist/app',
      'base64-subjects': Buffer.from(listed).toString('base64'),
      format: 'github-v1,generic-v0.2'
    }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  const records = provenanceOutput(result)
  assert.deepEqual(
    records.map(record => [record.format, record.predicateType, record.path]),
    [
      ['github-v1', 'https://slsa.dev/provenance/v1', 'dist/multiple.intoto.jsonl'],
      ['generic-v0.2', 'https://slsa.dev/provenance/v0.2', 'dist/multiple.intoto.jsonl']
    ]
  )
  const bundles = await jsonlBundles(join(workspace, 'dist/multiple.intoto.jsonl'))
  assert.equal(bundles.length, 2, 'a line per format')
  const [v1, v02] = bundles.map(bundle => verifiedStatement(env, bundle))
  assert.deepEqual(
    v1?.subject.map(s => s.name),
    ['app', '*app.exe', 'app-mac']
  )
  assert.equal(v02?._type, 'https://in-toto.io/Statement/v0.1')
  const builder = v02?.predicate['builder'] as { id: string }
  assert.equal(builder.id, WORKFLOW_IDENTITY)
  assert.equal(
    v02?.predicate['buildType'],
    'https://github.com/slsa-framework/slsa-github-generator/generic@v1'
  )
})

test("github-attestations: the same bundle goes to GitHub's attestations; a token that may not write stops the step before anything is written", async t => {
  const workspace = await makeWorkspace(t, { 'dist/app': APP })
  const uploaded = await runSlsaProvenance(env, {
    workspace,
    inputs: {
      files: 'dist/app',
      'sigstore-json': 'true',
      'github-attestations': 'true',
      'github-token': 'writer-token',
      'github-api-url': api.apiUrl
    }
  })
  assert.equal(uploaded.exitCode, 0, errorMessages(uploaded))
  const [record] = provenanceOutput(uploaded)
  const stored = api.attestations.find(item => item.id === record?.attestationId)
  assert.ok(stored, 'the attestation id names a stored attestation')
  assert.equal(stored.repository, 'octo-org/octo-repo')
  assert.deepEqual(stored.subjectDigests, [`sha256:${sha256Hex(Buffer.from(APP))}`])
  assert.deepEqual(
    stored.bundle,
    JSON.parse(await readFile(join(workspace, 'dist/app.intoto.sigstore.json'), 'utf8'))
  )
  assert.equal(record?.bundle, 'dist/app.intoto.sigstore.json')
  assert.deepEqual(findSecretLeaks(uploaded, 'writer-token'), [], 'the token is only masked')

  const second = await makeWorkspace(t, { 'dist/app': APP })
  const refused = await runSlsaProvenance(env, {
    workspace: second,
    inputs: {
      files: 'dist/app',
      'github-attestations': 'true',
      'github-token': 'reader-token',
      'github-api-url': api.apiUrl
    }
  })
  assert.equal(refused.exitCode, 1)
  assert.match(errorMessages(refused), /attestations: write/)
  assert.doesNotMatch(errorMessages(refused), /Internal error|reader-token/)
  assert.deepEqual(await listFiles(second), ['dist/app'], 'nothing written')
})

test('a token without GitHub Actions claims cannot describe a workflow run: a configuration error naming the claims', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app': APP })
  const token = env.oidc.mint({
    audience: 'sigstore',
    claims: { job_workflow_ref: '', run_id: '' }
  })
  const result = await runSlsaProvenance(env, {
    workspace,
    inputs: { files: 'dist/app', 'identity-token': token }
  })
  assert.equal(result.exitCode, 1)
  const message = errorMessages(result)
  assert.match(message, /^The ID token is not a GitHub Actions job's: .*job_workflow_ref/)
  assert.match(message, /run_id/)
  assert.deepEqual(await listFiles(workspace), ['dist/app'])
})
