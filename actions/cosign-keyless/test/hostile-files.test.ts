// Hostile files through dist/: checksums names and globs that lead out of the workspace, links
// to directories outside and to /dev/zero, a FIFO, and a file name carrying a workflow command.
// A refusal fails the step before anything is signed or written, inside the workspace or out;
// output-directory is the one way to sign files outside the workspace.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { listFiles, makeWorkspace, sha256sum } from '@sign/testenv'
import {
  COMMAND_IN_NAME,
  addFifo,
  addSymlink,
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

test('checksums lines leading out of the workspace, relative or absolute, are refused naming the line', async t => {
  const outside = await makeOutsideDirectory(t)
  for (const absolute of [false, true]) {
    const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
    const name = absolute ? outside.file : relative(join(workspace, 'dist'), outside.file)
    const checksums = `${sha256sum({ 'app.bin': 'app' })}\n${sha256sum({ [name]: outside.content })}`
    await writeFile(join(workspace, 'dist/checksums.txt'), checksums)
    const message = await refusal({
      workspace,
      outside,
      inputs: { checksums: 'dist/checksums.txt', files: 'dist/app.bin' }
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
  const result = await runKeyless(env, { workspace, inputs: { files: 'dist/*' } })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  assert.deepEqual(
    result.annotations.filter(annotation => annotation.message.includes('pwned')),
    [],
    'no forged annotation'
  )
  assert.ok(!result.log.split('\n').some(line => line.startsWith('::warning::pwned')))
  assert.match(result.log, /^"dist\/a\\n::warning::pwned" sha256:[0-9a-f]{64}$/m)
  assert.deepEqual(
    signaturesOutput(result).map(entry => entry.bundle),
    [`${name}.sigstore.json`]
  )
  await verifyFile(verifierFor(env.stack), join(workspace, name))
})
