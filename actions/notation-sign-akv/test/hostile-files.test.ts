// Hostile files through dist/: checksums names and globs that lead out of the workspace, links
// to directories outside and to /dev/zero, a FIFO, and a file name carrying a workflow command.
// A refusal fails the step before Key Vault is asked anything and before anything is written,
// inside the workspace or out; output-directory is the one way to sign files outside it.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseEnvelope, verifyEnvelopeIntegrity } from '@sign/notation'
import {
  codeBlockAfter,
  digestHex,
  foldBody,
  linesAfterGroups,
  listFiles,
  makeWorkspace,
  selfSignedCodeSigningChain
} from '@sign/testenv'
import {
  COMMAND_IN_NAME,
  assertNameLoggedQuoted,
  makeOutsideDirectory,
  testFileRefusals
} from '../../../packages/subjects/test/fixtures/hostile-files.ts'
import { startNotationEnvironment, type NotationEnvironment } from './fixtures/environment.ts'
import { errorMessages, runNotation, signaturesOutput } from './fixtures/run-notation.ts'

let env: NotationEnvironment
let keyId: string
before(async () => {
  env = await startNotationEnvironment()
  const chain = await selfSignedCodeSigningChain()
  keyId = (await env.vault.addKey({ name: 'hostile-files', certificateChain: chain })).keyId
})
after(() => env.stop())

testFileRefusals({
  run: ({ workspace, inputs }) =>
    runNotation(env, { workspace, inputs: { 'key-id': keyId, ...inputs } }),
  watchServices: () => {
    const history = env.vault.history.length
    const tokens = env.entra.tokensIssued
    return () => {
      assert.deepEqual(env.vault.history.slice(history), [], 'Key Vault was not asked anything')
      assert.equal(env.entra.tokensIssued, tokens, 'no Key Vault token was issued')
    }
  }
})

/** Reads a .jws.sig and checks it signs `content` (sha256: the RSA 2048 key's hash). */
async function assertSigns(options: { signature: string; content: string }): Promise<void> {
  const envelope = parseEnvelope(await readFile(options.signature), 'application/jose+json')
  verifyEnvelopeIntegrity(envelope)
  assert.deepEqual(envelope.payload, {
    mediaType: 'application/octet-stream',
    digest: `sha256:${digestHex('sha256', options.content)}`,
    size: Buffer.byteLength(options.content)
  })
}

test('with output-directory, a file outside the workspace is signed into it and nothing is written outside', async t => {
  const outside = await makeOutsideDirectory(t)
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const outsideBefore = await outside.listing()
  const result = await runNotation(env, {
    workspace,
    inputs: {
      'key-id': keyId,
      files: `${outside.path}/*\ndist/*`,
      'output-directory': 'out/signatures'
    }
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  assert.deepEqual(await outside.listing(), outsideBefore, 'nothing written outside')
  assert.deepEqual(await listFiles(workspace), [
    'dist/app.bin',
    'out/signatures/app.bin.jws.sig',
    'out/signatures/x.jws.sig'
  ])
  assert.deepEqual(
    signaturesOutput(result)
      .map(entry => [entry.subject, entry.signature])
      .sort(),
    [
      ['dist/app.bin', 'out/signatures/app.bin.jws.sig'],
      [outside.file, 'out/signatures/x.jws.sig']
    ].sort()
  )
  await assertSigns({
    signature: join(workspace, 'out/signatures/x.jws.sig'),
    content: outside.content
  })
  await assertSigns({
    signature: join(workspace, 'out/signatures/app.bin.jws.sig'),
    content: 'app'
  })
})

test('a file name carrying a workflow command is signed, and logged only quoted', async t => {
  const name = `dist/${COMMAND_IN_NAME}`
  const workspace = await makeWorkspace(t, { [name]: 'x' })
  const result = await runNotation(env, { workspace, inputs: { 'key-id': keyId, files: 'dist/*' } })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  assertNameLoggedQuoted(result)
  assert.deepEqual(
    signaturesOutput(result).map(entry => entry.signature),
    [`${name}.jws.sig`]
  )
  // The summary shows the name quoted in a code span; the verify step, which cannot hold it in
  // a files line, says so; the commands name it exactly ($'…'); the result line quotes it.
  const quoted = '"dist/a\\n::warning::pwned"'
  assert.ok(result.summary.includes(`<td><code>${quoted.replaceAll('"', '&quot;')}</code></td>`))
  const howTo = foldBody(result.summary, 'How to verify these signatures')
  const step = codeBlockAfter(howTo, 'In a workflow, with the verify action:')
  assert.match(step, /^# 1 file whose name no line of a files input can hold .* left out here/m)
  assert.doesNotMatch(step, /files:|pwned/)
  assert.match(
    codeBlockAfter(howTo, 'With notation:'),
    /^notation blob verify --signature \$'dist\/a\\n::warning::pwned\.jws\.sig' \$'dist\/a\\n::warning::pwned'$/m
  )
  assert.ok(
    linesAfterGroups(result.log).includes(`  ${quoted} → "dist/a\\n::warning::pwned.jws.sig"`),
    result.log
  )
  await assertSigns({ signature: join(workspace, `${name}.jws.sig`), content: 'x' })
})
