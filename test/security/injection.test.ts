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

const KEYLESS_POLICY = (): Record<string, string> => ({
  'certificate-identity': env.workflowIdentity,
  'certificate-oidc-issuer': ISSUER,
  'trusted-root': env.stack.trustedRootPath
})

test('verify action: a hostile registry error body starts no command (a remote failure)', async t => {
  const workspace = await makeWorkspace(t, {})
  const asked = hostile.requests.length
  const result = await runVerify({
    env,
    workspace,
    inputs: { images: `${hostile.host}/${HOSTILE_IMAGE}`, ...KEYLESS_POLICY() }
  })
  assert.equal(result.exitCode, 1, result.log)
  assert.ok(hostile.requests.length > asked, 'the registry was asked')
  assert.match(errorMessages(result), /^A remote service failed: .*HTTP 403 "DENIED"/u)
  assertNoForgedCommands({ output: result.log, commands: result, marker: 'registry' })
})

test('verify action: a hostile file name starts no command (a verification failure)', async t => {
  const workspace = await hostileWorkspace(t)
  const result = await runVerify({ env, workspace, inputs: { files: 'app*', ...KEYLESS_POLICY() } })
  assert.equal(result.exitCode, 1, result.log)
  // The subject's own annotation (its name quoted, on one line), then the step's one failure.
  assert.match(
    errorMessages(result),
    /^"app[^\n]*" did not pass the policy: .*\nVerification failed: /u
  )
  assertNoForgedCommands({ output: result.log, commands: result, marker: 'file-name' })
  assert.ok(
    ![...result.summary].some(char => char === '\r' || char === '\u001b'),
    'raw controls in the summary'
  )
})

/** `sign verify` with the keyless policy on `targets`, as a workflow step runs it. */
async function signVerify(options: {
  t: Parameters<typeof makeWorkspace>[0]
  workspace: string
  targets: string[]
}): Promise<{ code: number; output: string }> {
  const dockerConfig = await mkdtemp(join(tmpdir(), 'sign-no-docker-config-'))
  options.t.after(() => rm(dockerConfig, { recursive: true, force: true }))
  const flags = Object.entries(KEYLESS_POLICY()).flatMap(([name, value]) => [`--${name}`, value])
  return new Promise(done => {
    execFile(
      process.execPath,
      [CLI, 'verify', ...flags, ...options.targets],
      {
        cwd: options.workspace,
        env: { ...process.env, DOCKER_CONFIG: dockerConfig },
        timeout: 60_000
      },
      (error, stdout, stderr) => {
        done({ code: typeof error?.code === 'number' ? error.code : 0, output: stdout + stderr })
      }
    )
  })
}

test('sign verify: a hostile registry body (exit 3, remote) and file name (exit 1) start no command', async t => {
  const workspace = await hostileWorkspace(t)
  const remote = await signVerify({ t, workspace, targets: [`${hostile.host}/${HOSTILE_IMAGE}`] })
  assert.equal(remote.code, 3, remote.output)
  assertNoForgedCommands({ output: remote.output, marker: 'registry' })
  const file = join(workspace, `app${injection('file-name')}`)
  const unsigned = await signVerify({ t, workspace, targets: [file] })
  assert.equal(unsigned.code, 1, unsigned.output)
  assertNoForgedCommands({ output: unsigned.output, marker: 'file-name' })
  assert.doesNotMatch(
    unsigned.output,
    /^(PASS|FAIL) app\n/mu,
    'a file name cannot forge a report line'
  )
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
