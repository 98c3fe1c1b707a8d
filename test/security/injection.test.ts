// Workflow-command injection: text from outside the workflow (a registry's error body, a file
// name chosen by a contributor, an image index's platform) reaches every action's log and the
// CLI's output, and the runner must read no command from it. Each test runs the committed bundle
// as a workflow step would, and checks the output with the runner's own parsing rules.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { OCI_INDEX, putManifest, pushImage } from '@sign/oci'
import {
  assertNoForgedCommands,
  injection,
  makeWorkspace,
  sampleImage,
  startHostileRegistry,
  type HostileRegistry
} from '@sign/testenv'
import {
  startVerifyEnvironment,
  type VerifyEnvironment
} from '../../actions/verify/test/fixtures/environment.ts'
import {
  errorMessages,
  runCosignKeyless,
  runVerify
} from '../../actions/verify/test/fixtures/run-actions.ts'

const CLI = resolve(import.meta.dirname, '../../dist/cli/index.js')
const ISSUER = 'https://token.actions.githubusercontent.com'
/** By digest, so the client GETs the manifest and reads the registry's error body. */
const HOSTILE_IMAGE = `octo-org/app@sha256:${'ab'.repeat(32)}`

let env: VerifyEnvironment
let hostile: HostileRegistry
before(async () => {
  env = await startVerifyEnvironment()
  hostile = await startHostileRegistry({ message: `manifest unknown${injection('registry')}` })
})
after(async () => {
  await hostile.stop()
  await env.stop()
})

/** A workspace holding one release file whose name carries an attack. */
async function hostileWorkspace(t: Parameters<typeof makeWorkspace>[0]): Promise<string> {
  return makeWorkspace(t, { [`app${injection('file-name')}`]: 'release bytes' })
}

test('verify action: a hostile registry error body and a hostile file name start no command', async t => {
  const workspace = await hostileWorkspace(t)
  const result = await runVerify({
    env,
    workspace,
    inputs: {
      images: `${hostile.host}/${HOSTILE_IMAGE}`,
      files: 'app*',
      'certificate-identity': env.workflowIdentity,
      'certificate-oidc-issuer': ISSUER,
      'trusted-root': env.stack.trustedRootPath
    }
  })
  assert.equal(result.exitCode, 1, result.log)
  assert.ok(
    hostile.requests.some(line => line.includes('/manifests/')),
    'the registry was asked'
  )
  assert.ok(errorMessages(result) !== '', 'the step failed with an error annotation')
  for (const marker of ['registry', 'file-name']) {
    assertNoForgedCommands({ output: result.log, commands: result, marker })
  }
  assert.ok(
    ![...result.summary].some(char => char === '\r' || char === '\u001b'),
    'raw controls in the summary'
  )
})

test('sign verify: the same attacks in the CLI text report start no command', async t => {
  const workspace = await hostileWorkspace(t)
  const dockerConfig = await mkdtemp(join(tmpdir(), 'sign-no-docker-config-'))
  t.after(() => rm(dockerConfig, { recursive: true, force: true }))
  const file = join(workspace, `app${injection('file-name')}`)
  const run = await new Promise<{ code: number; output: string }>(done => {
    execFile(
      process.execPath,
      [
        CLI,
        'verify',
        '--certificate-identity',
        env.workflowIdentity,
        '--certificate-oidc-issuer',
        ISSUER,
        '--trusted-root',
        env.stack.trustedRootPath,
        `${hostile.host}/${HOSTILE_IMAGE}`,
        file
      ],
      { cwd: workspace, env: { ...process.env, DOCKER_CONFIG: dockerConfig }, timeout: 60_000 },
      (error, stdout, stderr) => {
        done({ code: typeof error?.code === 'number' ? error.code : 0, output: stdout + stderr })
      }
    )
  })
  assert.equal(run.code, 1, run.output)
  for (const marker of ['registry', 'file-name']) {
    assertNoForgedCommands({ output: run.output, marker })
  }
  assert.doesNotMatch(run.output, /^(PASS|FAIL) app\n/mu, 'a file name cannot forge a report line')
})

test('cosign-keyless recursive: an index platform carrying an attack starts no command', async t => {
  const { client, registry } = env
  const repo = { registry: registry.host, repository: 'octo-org/hostile-index' }
  const image = sampleImage()
  const platform = await pushImage({ client, repo, reference: image.digest, ...image })
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        { ...platform, platform: { os: `linux${injection('platform')}`, architecture: 'amd64' } }
      ]
    })
  )
  await putManifest({ client, repo, reference: 'v1', bytes: index, mediaType: OCI_INDEX })
  const workspace = await makeWorkspace(t, {})
  const result = await runCosignKeyless({
    env,
    workspace,
    inputs: { images: `${registry.host}/octo-org/hostile-index:v1`, recursive: 'true' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  assertNoForgedCommands({ output: result.log, commands: result, marker: 'platform' })
})
