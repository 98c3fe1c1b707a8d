// Mistakes in the workflow through dist/: each fails the step with exit code 1 and a reason that
// names what to fix, before anything is signed, pushed or written.
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { findSecretLeaks, type ActionResult } from '@sign/testenv'
import { startKeylessEnvironment, type KeylessEnvironment } from './fixtures/environment.ts'
import { pushImage, registryLogLength, registryRequests } from './fixtures/images.ts'
import { listTags } from '@sign/oci'
import { errorMessages, runKeyless } from './fixtures/run-keyless.ts'
import { listFiles, makeWorkspace } from '@sign/testenv'

let env: KeylessEnvironment
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'basic' })
})
after(() => env.stop())

/**
 * Runs the action on a workspace with dist/app.bin and an image tagged v1 in a repository of its
 * own, and checks that it failed before asking the registry or Sigstore anything, having written
 * nothing; returns the result.
 */
async function runRefused(
  t: TestContext,
  options: { inputs: Record<string, string>; idToken?: boolean; repository: string }
): Promise<ActionResult> {
  const { client, registry, stack } = env
  const repo = { registry: registry.host, repository: options.repository }
  await pushImage({ client, repo, tag: 'v1' })
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  stack.requests.reset()
  const offset = registryLogLength(registry)
  const result = await runKeyless(env, {
    workspace,
    inputs: { images: `${registry.host}/${options.repository}:v1`, ...options.inputs },
    ...(options.idToken === false && { idToken: false })
  })
  assert.equal(result.exitCode, 1, result.log)
  await new Promise(resolve => setTimeout(resolve, 200))
  assert.deepEqual(registryRequests(registry, offset), [], 'refused before asking the registry')
  assert.deepEqual(await listFiles(workspace), ['dist/app.bin'], 'no file written')
  assert.deepEqual(await listTags({ client, repo }), ['v1'], 'no referrer or signature pushed')
  assert.deepEqual(result.outputs, {})
  assert.equal(stack.requests.fulcio + stack.requests.rekor + stack.requests.tsa, 0)
  assert.deepEqual(findSecretLeaks(result, registry.credentials.password), [])
  // The short ❌ summary: the error's first line, and that nothing was done.
  const [firstLine = ''] = errorMessages(result).split('\n')
  assert.ok(result.summary.startsWith('<h2>❌ Sigstore keyless signatures: failed</h2>\n\n'))
  assert.ok(
    result.summary.includes(`<p><strong>Configuration error:</strong> ${escapeHtml(firstLine)}`),
    result.summary
  )
  assert.ok(result.summary.endsWith('<p>Nothing was signed, pushed or written.</p>\n\n'))
  return result
}

/** `text` as the summary escapes it. */
function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

test('without id-token permission the step fails first, with the YAML to add', async t => {
  const result = await runRefused(t, {
    repository: 'octo-org/no-permission',
    idToken: false,
    inputs: { files: 'dist/*.bin' }
  })
  const [error, ...others] = result.annotations.filter(annotation => annotation.level === 'error')
  assert.equal(others.length, 0)
  assert.match(error?.message ?? '', /^cosign-keyless needs an OIDC ID token/)
  assert.match(error?.message ?? '', /\npermissions:\n {2}id-token: write$/)
  assert.deepEqual(result.groups, [], 'before anything else')
})

test('a glob that matches no file fails naming the glob', async t => {
  const result = await runRefused(t, {
    repository: 'octo-org/glob',
    inputs: { files: 'dist/*.bin\ndist/*.zip' }
  })
  assert.match(errorMessages(result), /^Input 'files': the glob 'dist\/\*\.zip' matches no file/)
})

test('a bad image reference fails naming the input, the line and the reference', async t => {
  const result = await runRefused(t, {
    repository: 'octo-org/reference',
    inputs: { images: `${env.registry.host}/octo-org/reference:v1\nghcr.io/Octo-Org/App:v1` }
  })
  assert.match(
    errorMessages(result),
    /^Input 'images', line 2: invalid image reference "ghcr\.io\/Octo-Org\/App:v1": repository names must be lowercase/
  )
})

test('an unusable Sigstore instance fails naming the inputs', async t => {
  const result = await runRefused(t, {
    repository: 'octo-org/instance',
    inputs: { files: 'dist/*.bin', 'fulcio-url': 'http://fulcio.example.com' }
  })
  const message = errorMessages(result)
  assert.match(
    message,
    /^The inputs fulcio-url, rekor-url, tsa-url, signing-config and tlog-upload/
  )
  assert.match(message, /fulcio-url "http:\/\/fulcio\.example\.com" uses http:/)
})

test('registry-username without registry-password fails naming the missing input', async t => {
  const result = await runRefused(t, {
    repository: 'octo-org/credentials',
    inputs: { 'registry-password': '' }
  })
  assert.match(errorMessages(result), /^Input 'registry-password' is missing/)
})

test('a checksums file that does not parse fails naming the file and the line', async t => {
  const result = await runRefused(t, {
    repository: 'octo-org/checksums',
    inputs: { checksums: 'dist/app.bin' }
  })
  assert.match(errorMessages(result), /^Input 'checksums': dist\/app\.bin:1: expected/)
})

test('nothing to sign fails with an example', async t => {
  const result = await runRefused(t, { repository: 'octo-org/nothing', inputs: { images: '' } })
  assert.match(errorMessages(result), /^Nothing to sign: set at least one of the inputs images/)
})
