// The reference tools read the provenance the slsa-provenance action (the built bundle) writes:
// `gh attestation verify --bundle … --custom-trusted-root …` accepts the files' statement for
// the repository and the signer workflow, and refuses another repository; `cosign
// verify-blob-attestation --type slsaprovenance1` accepts the single bundle for the file and
// refuses another file; `cosign verify-attestation --type slsaprovenance1` accepts the image's
// bundle referrer on the registry with the referrers API.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pushImage } from '@sign/oci'
import { makeWorkspace, referenceTool, sampleImage } from '@sign/testenv'
import { startKeylessEnvironment } from '../../actions/cosign-keyless/test/fixtures/environment.ts'
import { actionRegistryKinds } from '../../actions/cosign-keyless/test/fixtures/registries.ts'
import {
  GITHUB_ISSUER,
  WORKFLOW_IDENTITY
} from '../../actions/cosign-keyless/test/fixtures/verify.ts'
import {
  errorMessages,
  provenanceOutput,
  runSlsaProvenance
} from '../../actions/slsa-provenance/test/fixtures/run-slsa-provenance.ts'
import { ghEnv, writeTrustedRootLines } from './fixtures/gh-attestation.ts'
import { printedStatements } from './fixtures/cosign-commands.ts'
import { runCommand } from './fixtures/run-command.ts'

const REPO = 'octo-org/octo-repo'

test('gh attestation verify and cosign read the provenance slsa-provenance wrote, for files and an image', async t => {
  const gh = referenceTool({ name: 'gh' })
  const cosign = referenceTool({ name: 'cosign' })
  t.diagnostic(`gh ${gh.version}, cosign ${cosign.version}`)
  const env = await startKeylessEnvironment({ registryMode: 'basic', referrersRegistry: true })
  t.after(() => env.stop())
  const kind = actionRegistryKinds({ auth: 'basic' }).find(item => item.referrersApi)!
  const { registry, client } = env.on(kind)
  const repo = { registry: registry.host, repository: 'octo-org/app' }
  const image = await pushImage({ client, repo, reference: 'v1', ...sampleImage() })
  const work = await mkdtemp(join(tmpdir(), 'slsa-provenance-interop-'))
  t.after(() => rm(work, { recursive: true, force: true }))
  const workspace = await makeWorkspace(t, {
    'dist/app-linux-amd64': 'a release binary\n',
    'dist/other': 'another file\n'
  })
  const result = await runSlsaProvenance(env, {
    workspace,
    registry,
    inputs: {
      files: 'dist/app-linux-amd64',
      images: `${registry.host}/octo-org/app:v1`,
      'sigstore-json': 'true'
    }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  const records = provenanceOutput(result)
  const file = records.find(record => record.path !== undefined)
  assert.equal(file?.path, 'dist/app-linux-amd64.intoto.jsonl')
  assert.equal(file?.bundle, 'dist/app-linux-amd64.intoto.sigstore.json')
  assert.ok(records.some(record => record.referrer !== undefined))

  // gh: the .intoto.jsonl, the stack's root as its --custom-trusted-root reads it.
  const trustedRoot = await writeTrustedRootLines({ stack: env.stack, directory: work })
  const home = join(work, 'gh')
  await mkdir(home)
  const ghEnvironment = await ghEnv({ home })
  const ghVerify = (policy: string[]) =>
    runCommand({
      command: gh.path,
      args: [
        'attestation',
        'verify',
        join(workspace, 'dist/app-linux-amd64'),
        '--bundle',
        join(workspace, file?.path ?? ''),
        '--custom-trusted-root',
        trustedRoot,
        ...policy
      ],
      env: ghEnvironment
    })
  const accepted = await ghVerify([
    '--repo',
    REPO,
    '--signer-workflow',
    `${REPO}/.github/workflows/release.yml`,
    '--format',
    'json'
  ])
  assert.equal(accepted.code, 0, accepted.output)
  const [verified] = JSON.parse(accepted.stdout) as {
    verificationResult: { statement: { predicateType: string } }
  }[]
  assert.equal(
    verified?.verificationResult.statement.predicateType,
    'https://slsa.dev/provenance/v1'
  )
  const otherRepo = await ghVerify(['--repo', 'octo-org/other-repo'])
  assert.notEqual(otherRepo.code, 0, otherRepo.output)
  assert.match(otherRepo.output, /verifying with issuer "sigstore\.mock"/)

  // cosign: the single bundle, for the file and not for another one.
  const blob = (subject: string) =>
    runCommand({
      command: cosign.path,
      args: [
        'verify-blob-attestation',
        '--trusted-root',
        env.stack.trustedRootPath,
        '--certificate-identity',
        WORKFLOW_IDENTITY,
        '--certificate-oidc-issuer',
        GITHUB_ISSUER,
        '--type',
        'slsaprovenance1',
        '--bundle',
        join(workspace, file?.bundle ?? ''),
        join(workspace, subject)
      ]
    })
  const blobOk = await blob('dist/app-linux-amd64')
  assert.equal(blobOk.code, 0, blobOk.output)
  assert.match(blobOk.output, /Verified OK/)
  const blobOther = await blob('dist/other')
  assert.notEqual(blobOther.code, 0)
  assert.match(blobOther.output, /provided artifact digests do not match digests in statement/)

  // cosign: the image's bundle referrer (olareg, plain HTTP; no credentials needed).
  const dockerConfig = join(work, 'docker')
  await mkdir(dockerConfig)
  await writeFile(join(dockerConfig, 'config.json'), JSON.stringify({ auths: {} }))
  const attestation = await runCommand({
    command: cosign.path,
    args: [
      'verify-attestation',
      '--trusted-root',
      env.stack.trustedRootPath,
      '--certificate-identity',
      WORKFLOW_IDENTITY,
      '--certificate-oidc-issuer',
      GITHUB_ISSUER,
      '--allow-http-registry',
      '--type',
      'slsaprovenance1',
      `${registry.host}/octo-org/app@${image.digest}`
    ],
    env: { DOCKER_CONFIG: dockerConfig }
  })
  assert.equal(attestation.code, 0, attestation.output)
  const [statement] = printedStatements(attestation.stdout)
  assert.deepEqual(statement?.subject, [
    { name: `${registry.host}/octo-org/app`, digest: { sha256: image.digest.slice(7) } }
  ])
})
