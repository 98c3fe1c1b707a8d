// Hostile files through dist/: checksums names and globs that lead out of the workspace, links
// to directories outside and to /dev/zero, a FIFO, and a file name carrying a workflow command.
// A refusal fails the step before anything is signed or written, inside the workspace or out;
// output-directory is the one way to sign files outside the workspace.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { codeBlockAfter, foldBody, linesAfterGroups, listFiles, makeWorkspace } from '@sign/testenv'
import {
  COMMAND_IN_NAME,
  assertNameLoggedQuoted,
  makeOutsideDirectory,
  testFileRefusals
} from '../../../packages/subjects/test/fixtures/hostile-files.ts'
import { startKeylessEnvironment, type KeylessEnvironment } from './fixtures/environment.ts'
import { errorMessages, runKeyless, signaturesOutput } from './fixtures/run-keyless.ts'
import { verifierFor, verifyFile, verifyFileBundle } from './fixtures/verify.ts'

let env: KeylessEnvironment
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'basic' })
})
after(() => env.stop())

testFileRefusals({
  run: ({ workspace, inputs }) => runKeyless(env, { workspace, inputs }),
  watchServices: () => {
    const tokens = env.oidc.requests.get('sigstore') ?? 0
    env.stack.requests.reset()
    return () => {
      const { fulcio, rekor, tsa } = env.stack.requests
      assert.equal(fulcio + rekor + tsa, 0, 'nothing signed: no Fulcio, Rekor or TSA request')
      assert.equal(env.oidc.requests.get('sigstore') ?? 0, tokens, 'no ID token requested')
    }
  }
})

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
  // The summary shows the name quoted in a code span; the verify step, which cannot hold it in
  // a files line, says so; the command names it exactly ($'…'); the result line quotes it.
  const quoted = '"dist/a\\n::warning::pwned"'
  assert.ok(result.summary.includes(`<td><code>${quoted.replaceAll('"', '&quot;')}</code></td>`))
  const howTo = foldBody(result.summary, 'How to verify these signatures')
  const step = codeBlockAfter(howTo, 'In a workflow, with the verify action:')
  assert.match(step, /^# 1 file whose name no line of a files input can hold .* left out here/)
  assert.doesNotMatch(step, /files:|pwned/)
  assert.match(codeBlockAfter(howTo, 'With the sign CLI:'), /^ {2}\$'dist\/a\\n::warning::pwned'$/m)
  const bundle = '"dist/a\\n::warning::pwned.sigstore.json"'
  assert.ok(
    linesAfterGroups(result.log).some(line => line.startsWith(`  ${quoted} → ${bundle}; Rekor `)),
    result.log
  )
  await verifyFile(verifierFor(env.stack), join(workspace, name))
})
