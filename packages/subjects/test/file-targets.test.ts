// fileTargets on real files: where signatures may go (the workspace, or output-directory), which
// files may be signed (regular files), and how each refusal names its input, line and reason.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, readdir, truncate, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { ConfigurationError, type Logger } from '@sign/action-kit'
import { makeWorkspace, sha256sum } from '@sign/testenv'
import { MAX_CHECKSUMS_BYTES, fileTargets, type FileTarget } from '../src/index.ts'
import {
  COMMAND_IN_NAME,
  addFifo,
  addSymlink,
  makeOutsideDirectory
} from './fixtures/hostile-files.ts'

const SUFFIXES = ['.sigstore.json']

/** A logger that keeps what it was told. */
function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const keep = (line: string) => void lines.push(line)
  return { lines, debug: keep, info: keep, warning: keep }
}

/** fileTargets run in `workspace` as the actions run it (GITHUB_WORKSPACE and the working directory). */
async function targetsIn(options: {
  workspace: string
  globs?: string[]
  checksums?: string
  outputDirectory?: string
  logger?: Logger
}): Promise<FileTarget[]> {
  const cwd = process.cwd()
  const saved = process.env['GITHUB_WORKSPACE']
  process.chdir(options.workspace)
  process.env['GITHUB_WORKSPACE'] = options.workspace
  try {
    return await fileTargets({
      globs: options.globs ?? [],
      checksums: options.checksums,
      signListedFiles: true,
      signatureSuffixes: SUFFIXES,
      outputDirectory: options.outputDirectory,
      logger: options.logger ?? recordingLogger()
    })
  } finally {
    process.chdir(cwd)
    if (saved === undefined) delete process.env['GITHUB_WORKSPACE']
    else process.env['GITHUB_WORKSPACE'] = saved
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** Asserts a ConfigurationError whose message matches every pattern. */
async function refused(promise: Promise<unknown>, ...patterns: RegExp[]): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ConfigurationError, String(error))
    for (const pattern of patterns) assert.match(error.message, pattern)
    return true
  })
}

test('a checksums line leading out of the workspace, relative or absolute, is refused naming the file and line, even with output-directory', async t => {
  const outside = await makeOutsideDirectory(t)
  for (const absolute of [false, true]) {
    const workspace = await makeWorkspace(t, { 'dist/a.tar.gz': 'a' })
    const listed = absolute ? outside.file : relative(join(workspace, 'dist'), outside.file)
    await writeFile(
      join(workspace, 'dist/checksums.txt'),
      `${sha256sum({ 'a.tar.gz': 'a' })}\n${sha256sum({ [listed]: outside.content })}`
    )
    await refused(
      targetsIn({ workspace, checksums: 'dist/checksums.txt', outputDirectory: 'sigs' }),
      new RegExp(
        `^Input 'checksums': dist/checksums\\.txt:3 lists ${escape(JSON.stringify(listed))}, ` +
          `which is outside the workspace \\(${escape(workspace)}\\), so it was not read or signed\\.`
      ),
      /A checksums file may only list files in the workspace/
    )
  }
})

test('a checksums line through a directory link out of the workspace is refused', async t => {
  const outside = await makeOutsideDirectory(t)
  const workspace = await makeWorkspace(t, {
    'dist/checksums.txt': sha256sum({ 'link/x': outside.content })
  })
  await addSymlink({ workspace, name: 'dist/link', target: outside.path })
  await refused(
    targetsIn({ workspace, checksums: 'dist/checksums.txt' }),
    /^Input 'checksums': dist\/checksums\.txt:1 lists "link\/x", which resolves to ".*\/sign-outside-[^/]+\/x" through a symbolic link, outside the workspace/
  )
})

test('an absolute glob outside the workspace needs output-directory; with it the signatures go there', async t => {
  const outside = await makeOutsideDirectory(t)
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const glob = `${outside.path}/*`
  await refused(
    targetsIn({ workspace, globs: [glob] }),
    new RegExp(
      `^Input 'files': the glob '${escape(glob)}' matches "${escape(outside.file)}", which is outside the workspace`
    ),
    /so its signature would be written outside it\. Set output-directory/
  )
  const logger = recordingLogger()
  const targets = await targetsIn({
    workspace,
    globs: [glob, 'dist/*'],
    outputDirectory: 'signatures',
    logger
  })
  assert.deepEqual(
    targets.map(target => [target.name, target.signatureBase.name]),
    [
      ['dist/app.bin', 'signatures/app.bin'],
      [outside.file, 'signatures/x']
    ].sort()
  )
  assert.ok(logger.lines.includes('signature files go to signatures'))
  assert.deepEqual(await readdir(workspace), ['dist'], 'output-directory is created only on write')
})

test('a glob with .. segments works, and is held to the workspace like any other', async t => {
  const outside = await makeOutsideDirectory(t)
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app', 'notes/a.md': 'a' })
  const inside = await targetsIn({ workspace, globs: ['dist/../notes/*'] })
  assert.deepEqual(
    inside.map(target => target.path),
    [join(workspace, 'notes/a.md')]
  )
  const up = relative(workspace, outside.path)
  await refused(
    targetsIn({ workspace, globs: [`${up}/*`] }),
    /^Input 'files': the glob '\.\.\/sign-outside-[^']+' matches ".*x", which is outside the workspace/
  )
})

test('a glob through a directory link out of the workspace is refused naming the link', async t => {
  const outside = await makeOutsideDirectory(t)
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  await addSymlink({ workspace, name: 'dist/link', target: outside.path })
  await refused(
    targetsIn({ workspace, globs: ['dist/*'] }),
    /^Input 'files': the glob 'dist\/\*' matches "dist\/link\/x", whose directory resolves to ".*sign-outside-[^"]+" through a symbolic link, outside the workspace/
  )
})

test('devices, FIFOs and sockets are not signed: a glob match or a listed file naming one is refused', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  await addSymlink({ workspace, name: 'dist/zero', target: '/dev/zero' })
  await refused(
    targetsIn({ workspace, globs: ['dist/*'] }),
    /^Input 'files': the glob 'dist\/\*' matches "dist\/zero", a symbolic link to "\/dev\/zero", which is a character device: only regular files can be signed/
  )
  const piped = await makeWorkspace(t, {
    'dist/checksums.txt': sha256sum({ 'app.bin': 'app', pipe: '' }),
    'dist/app.bin': 'app'
  })
  await addFifo({ workspace: piped, name: 'dist/pipe' })
  await refused(
    targetsIn({ workspace: piped, checksums: 'dist/checksums.txt' }),
    /^Input 'checksums': dist\/checksums\.txt:2 lists "pipe", which is a FIFO \(named pipe\): only regular files can be signed/
  )
  await refused(
    targetsIn({ workspace: piped, globs: ['dist/*'] }),
    /^Input 'files': the glob 'dist\/\*' matches "dist\/pipe", which is a FIFO/
  )
})

test('the checksums file must be a regular file of at most 16 MiB', async t => {
  const workspace = await makeWorkspace(t, { 'dist/big.txt': '' })
  await addFifo({ workspace, name: 'dist/pipe.txt' })
  await refused(
    targetsIn({ workspace, checksums: 'dist/pipe.txt' }),
    /^Input 'checksums': dist\/pipe\.txt is not a regular file \(it is a FIFO \(named pipe\)\)/
  )
  await addSymlink({ workspace, name: 'dist/zero.txt', target: '/dev/zero' })
  await refused(
    targetsIn({ workspace, checksums: 'dist/zero.txt' }),
    /^Input 'checksums': dist\/zero\.txt is not a regular file \(a symbolic link to "\/dev\/zero", which is a character device\)/
  )
  await truncate(join(workspace, 'dist/big.txt'), MAX_CHECKSUMS_BYTES + 1)
  await refused(
    targetsIn({ workspace, checksums: 'dist/big.txt' }),
    /^Input 'checksums': dist\/big\.txt is 16\.0 MiB, more than a checksums file may be \(16\.0 MiB\)/
  )
})

test('output-directory: two files of one base name are refused naming both; a link out of the workspace too', async t => {
  const outside = await makeOutsideDirectory(t)
  const workspace = await makeWorkspace(t, { 'linux/app': 'l', 'darwin/app': 'd' })
  await refused(
    targetsIn({ workspace, globs: ['*/app'], outputDirectory: 'signatures' }),
    /^Input 'output-directory': "darwin\/app" and "linux\/app" have the same base name, so their signature files in signatures would overwrite each other/
  )
  await addSymlink({ workspace, name: 'signatures', target: outside.path })
  await refused(
    targetsIn({ workspace, globs: ['linux/app'], outputDirectory: 'signatures/sub' }),
    /^Input 'output-directory': signatures\/sub resolves to ".*sign-outside-[^"]+\/sub" through a symbolic link, outside the workspace/
  )
  await mkdir(join(workspace, 'out'))
  await writeFile(join(workspace, 'out/file'), '')
  await refused(
    targetsIn({ workspace, globs: ['linux/app'], outputDirectory: 'out/file' }),
    /^Input 'output-directory': out\/file exists and is not a directory/
  )
})

test('file names are quoted where they are logged: a name cannot start a workflow command', async t => {
  const workspace = await makeWorkspace(t, {
    [`dist/${COMMAND_IN_NAME}`]: 'x',
    [`dist/${COMMAND_IN_NAME}.sigstore.json`]: '{}'
  })
  const logger = recordingLogger()
  const targets = await targetsIn({ workspace, globs: ['dist/*'], logger })
  assert.deepEqual(
    targets.map(target => target.name),
    [`dist/${COMMAND_IN_NAME}`]
  )
  assert.deepEqual(logger.lines, [
    'not signing 1 signature file(s) of files beside them: "dist/a\\n::warning::pwned.sigstore.json"'
  ])
})
