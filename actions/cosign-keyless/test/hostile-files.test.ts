// Hostile files through dist/: checksums names and globs that lead out of the workspace, links
// to directories outside and to /dev/zero, a FIFO, and a file name carrying a workflow command.
// A refusal fails the step before anything is signed or written, inside the workspace or out;
// output-directory is the one way to sign files outside the workspace.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { listFiles, makeWorkspace } from '@sign/testenv'
import {
  COMMAND_IN_NAME,
  FILE_REFUSALS,
  assertNameLoggedQuoted,
  makeOutsideDirectory,
  type OutsideDirectory
} from '../../../packages/subjects/test/fixtures/hostile-files.ts'
import { startKeylessEnvironment, type KeylessEnvironment } from './fixtures/environment.ts'
import { errorMessages, runKeyless, signaturesOutput } from './fixtures/run-keyless.ts'
import { verifierFor, verifyFile, verifyFileBundle } from './fixtures/verify.ts'

let env: KeylessEnvironment
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'basic' })
})
after(() => env.stop())

/**
 * Runs the action and checks it was refused before anything was signed or written: exit code
 * 1, one error annotation, the workspace and the outside directory as they were, and no request
 * to Fulcio, Rekor, the TSA or the ID-token endpoint. Returns the error message.
 */
async function refusal(options: {
  workspace: string
  outside: OutsideDirectory
  inputs: Record<string, string>
}): Promise<string> {
  const { workspace, outside } = options
  const workspaceBefore = await readdir(workspace, { recursive: true })
  const outsideBefore = await outside.listing()
  const tokens = env.oidc.requests.get('sigstore') ?? 0
  env.stack.requests.reset()
  const result = await runKeyless(env, { workspace, inputs: options.inputs })
  assert.equal(result.exitCode, 1, result.log)
  assert.equal(result.annotations.filter(a => a.level === 'error').length, 1, result.log)
  assert.deepEqual(
    await readdir(workspace, { recursive: true }),
    workspaceBefore,
    'no file written'
  )
  assert.deepEqual(await outside.listing(), outsideBefore, 'nothing written outside')
  const { fulcio, rekor, tsa } = env.stack.requests
  assert.equal(fulcio + rekor + tsa, 0, 'nothing signed')
  assert.equal(env.oidc.requests.get('sigstore') ?? 0, tokens, 'no ID token requested')
  assert.deepEqual(result.outputs, {})
  return errorMessages(result)
}

for (const hostile of FILE_REFUSALS) {
  test(hostile.title, async t => {
    const outside = await makeOutsideDirectory(t)
    for (const attempt of await hostile.attempts({ t, outside })) {
      const message = await refusal({
        workspace: attempt.workspace,
        outside,
        inputs: attempt.inputs
      })
      assert.ok(message.startsWith(attempt.starts), message)
      if (attempt.ends !== undefined) assert.ok(message.endsWith(attempt.ends), message)
    }
  })
}

test('with output-directory, a file outside the workspace is signed into it and nothing is written outside', async t => {
  const outside = await makeOutsideDirectory(t)
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const outsideBefore = await outside.listing()
  const result = await runKeyless(env, {
    workspace,
    inputs: {
      files: `${outside.path}/*\ndist/*`,
      'output-directory': 'signatures',
      'legacy-outputs': 'true'
    }
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  assert.deepEqual(await outside.listing(), outsideBefore, 'nothing written outside')
  assert.deepEqual(await listFiles(workspace), [
    'dist/app.bin',
    'signatures/app.bin.pem',
    'signatures/app.bin.sig',
    'signatures/app.bin.sigstore.json',
    'signatures/x.pem',
    'signatures/x.sig',
    'signatures/x.sigstore.json'
  ])
  assert.deepEqual(
    signaturesOutput(result)
      .map(entry => [entry.subject, entry.bundle, entry.legacy])
      .sort(),
    [
      [
        'dist/app.bin',
        'signatures/app.bin.sigstore.json',
        ['signatures/app.bin.sig', 'signatures/app.bin.pem']
      ],
      [outside.file, 'signatures/x.sigstore.json', ['signatures/x.sig', 'signatures/x.pem']]
    ].sort()
  )
  const verifier = verifierFor(env.stack)
  for (const [file, bundle] of [
    [outside.file, 'signatures/x.sigstore.json'],
    [join(workspace, 'dist/app.bin'), 'signatures/app.bin.sigstore.json']
  ] as const) {
    await verifyFileBundle({ verifier, file, bundle: join(workspace, bundle) })
  }
})

test('a file name carrying a workflow command is signed, and logged only quoted', async t => {
  const name = `dist/${COMMAND_IN_NAME}`
  const workspace = await makeWorkspace(t, { [name]: 'x' })
  const result = await runKeyless(env, { workspace, inputs: { files: 'dist/*' } })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  assertNameLoggedQuoted(result)
  assert.deepEqual(
    signaturesOutput(result).map(entry => entry.bundle),
    [`${name}.sigstore.json`]
  )
  await verifyFile(verifierFor(env.stack), join(workspace, name))
})
