// Hostile files through dist/: checksums names and globs that lead out of the workspace, links
// to directories outside and to /dev/zero, a FIFO, and a file name carrying a workflow command.
// A refusal fails the step before Key Vault is asked anything and before anything is written,
// inside the workspace or out; output-directory is the one way to sign files outside it.
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parseEnvelope, verifyEnvelopeIntegrity } from '@sign/notation'
import {
  digestHex,
  listFiles,
  makeWorkspace,
  selfSignedCodeSigningChain,
  sha256sum
} from '@sign/testenv'
import {
  COMMAND_IN_NAME,
  addFifo,
  addSymlink,
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

async function workspaceWithChecksums(
  t: TestContext,
  options: { outside: OutsideDirectory; absolute: boolean }
): Promise<{ workspace: string; name: string }> {
  const { outside } = options
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const name = options.absolute ? outside.file : relative(join(workspace, 'dist'), outside.file)
  const checksums = `${sha256sum({ 'app.bin': 'app' })}\n${sha256sum({ [name]: outside.content })}`
  await writeFile(join(workspace, 'dist/checksums.txt'), checksums)
  return { workspace, name }
}

test('checksums lines leading out of the workspace, relative or absolute, are refused naming the line', async t => {
  const outside = await makeOutsideDirectory(t)
  for (const absolute of [false, true]) {
    const { workspace, name } = await workspaceWithChecksums(t, { outside, absolute })
    const message = await refusal({
      workspace,
      outside,
      inputs: { checksums: 'dist/checksums.txt', 'output-directory': 'signatures' }
    })
    assert.ok(
      message.startsWith(
        `Input 'checksums': dist/checksums.txt:3 lists ${JSON.stringify(name)}, which is ` +
          `outside the workspace (${workspace}), so it was not read or signed. A checksums ` +
          'file may only list files in the workspace'
      ),
      message
    )
  }
})

test('an absolute glob outside the workspace is refused without output-directory', async t => {
  const outside = await makeOutsideDirectory(t)
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const message = await refusal({ workspace, outside, inputs: { files: `${outside.path}/*` } })
  assert.ok(
    message.startsWith(
      `Input 'files': the glob '${outside.path}/*' matches ${JSON.stringify(outside.file)}, ` +
        `which is outside the workspace (${workspace}), so its signature would be written ` +
        'outside it. Set output-directory to say where the signature files go'
    ),
    message
  )
  assert.ok(message.endsWith(`\nwith:\n  files: ${outside.path}/*\n  output-directory: signatures`))
})

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

test('a directory link inside the workspace that leads out is refused naming the link', async t => {
  const outside = await makeOutsideDirectory(t)
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  await addSymlink({ workspace, name: 'dist/link', target: outside.path })
  const message = await refusal({ workspace, outside, inputs: { files: 'dist/link/*' } })
  assert.ok(
    message.startsWith(
      `Input 'files': the glob 'dist/link/*' matches "dist/link/x", whose directory resolves ` +
        `to ${JSON.stringify(outside.path)} through a symbolic link, outside the workspace ` +
        `(${workspace}), so its signature would be written outside it.`
    ),
    message
  )
})

test('a glob matching a link to /dev/zero or a FIFO is refused naming the file, without reading it', async t => {
  const outside = await makeOutsideDirectory(t)
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  await addSymlink({ workspace, name: 'dist/zero', target: '/dev/zero' })
  const zero = await refusal({ workspace, outside, inputs: { files: 'dist/*' } })
  assert.ok(
    zero.startsWith(
      `Input 'files': the glob 'dist/*' matches "dist/zero", a symbolic link to "/dev/zero", ` +
        'which is a character device: only regular files can be signed'
    ),
    zero
  )
  const piped = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  await addFifo({ workspace: piped, name: 'dist/pipe' })
  const fifo = await refusal({ workspace: piped, outside, inputs: { files: 'dist/*' } })
  assert.ok(
    fifo.startsWith(
      `Input 'files': the glob 'dist/*' matches "dist/pipe", which is a FIFO (named pipe): ` +
        'only regular files can be signed'
    ),
    fifo
  )
})

test('a file name carrying a workflow command is signed, and logged only quoted', async t => {
  const name = `dist/${COMMAND_IN_NAME}`
  const workspace = await makeWorkspace(t, { [name]: 'x' })
  const result = await runNotation(env, { workspace, inputs: { 'key-id': keyId, files: 'dist/*' } })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  assert.deepEqual(
    result.annotations.filter(annotation => annotation.message.includes('pwned')),
    [],
    'no forged annotation'
  )
  assert.ok(!result.log.split('\n').some(line => line.startsWith('::warning::pwned')))
  assert.match(result.log, /^"dist\/a\\n::warning::pwned" sha256:[0-9a-f]{64}$/m)
  assert.deepEqual(
    signaturesOutput(result).map(entry => entry.signature),
    [`${name}.jws.sig`]
  )
  await assertSigns({ signature: join(workspace, `${name}.jws.sig`), content: 'x' })
})
