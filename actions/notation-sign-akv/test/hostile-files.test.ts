// Hostile files through dist/: checksums names and globs that lead out of the workspace, links
// to directories outside and to /dev/zero, a FIFO, and a file name carrying a workflow command.
// A refusal fails the step before Key Vault is asked anything and before anything is written,
// inside the workspace or out; output-directory is the one way to sign files outside it.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parseEnvelope, verifyEnvelopeIntegrity } from '@sign/notation'
import { digestHex, listFiles, makeWorkspace, selfSignedCodeSigningChain } from '@sign/testenv'
import {
  COMMAND_IN_NAME,
  FILE_REFUSALS,
  assertNameLoggedQuoted,
  makeOutsideDirectory,
  type OutsideDirectory
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

/**
 * Runs the action and checks it was refused before anything was signed or written: exit code
 * 1, one error annotation, the workspace and the outside directory as they were, and no request
 * to Key Vault or Entra ID. Returns the error message.
 */
async function refusal(options: {
  workspace: string
  outside: OutsideDirectory
  inputs: Record<string, string>
}): Promise<string> {
  const { workspace, outside, vault, entra } = { ...options, ...env }
  const workspaceBefore = await readdir(workspace, { recursive: true })
  const outsideBefore = await outside.listing()
  const history = vault.history.length
  const tokens = entra.tokensIssued
  const result = await runNotation(env, {
    workspace,
    inputs: { 'key-id': keyId, ...options.inputs }
  })
  assert.equal(result.exitCode, 1, result.log)
  assert.equal(result.annotations.filter(a => a.level === 'error').length, 1, result.log)
  assert.deepEqual(
    await readdir(workspace, { recursive: true }),
    workspaceBefore,
    'no file written'
  )
  assert.deepEqual(await outside.listing(), outsideBefore, 'nothing written outside')
  assert.deepEqual(vault.history.slice(history), [], 'Key Vault was not asked anything')
  assert.equal(entra.tokensIssued, tokens, 'no Key Vault token was issued')
  assert.deepEqual(result.outputs, {})
  return errorMessages(result)
}

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
  await assertSigns({ signature: join(workspace, `${name}.jws.sig`), content: 'x' })
})
