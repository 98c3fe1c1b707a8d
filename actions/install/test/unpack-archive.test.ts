// The extractor in-process: the limits (the default ones included), that it only writes files
// and directories, that real tar and zip archives unpack as before, and the tree check.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { link, mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { hostileTarGz, hostileZip, packWithTools } from '@sign/testenv'
import { ToolsError } from '@sign/tools'
import { checkUnpackedTree } from '../src/install/extract/check-tree.ts'
import { describeBytes, UNPACK_LIMITS } from '../src/install/extract/limits.ts'
import type { UnpackLimits } from '../src/install/extract/limits.ts'
import { unpackArchive } from '../src/install/extract/unpack-archive.ts'

const exec = promisify(execFile)
const GiB = 1024 ** 3
const MiB = 1024 ** 2

let root: string
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'unpack-archive-test-'))
})
after(() => rm(root, { recursive: true, force: true }))

let count = 0
/** Unpacks `bytes` into a new directory; returns the directory and the result or the error. */
async function unpack(options: {
  bytes: Buffer
  format: 'tar.gz' | 'zip'
  limits?: UnpackLimits
}): Promise<{ directory: string; error: ToolsError | undefined }> {
  const base = join(root, String(++count))
  await mkdir(base)
  const path = join(base, `asset.${options.format}`)
  await writeFile(path, options.bytes)
  const directory = join(base, 'staging')
  await mkdir(directory)
  try {
    await unpackArchive({
      path,
      asset: `asset.${options.format}`,
      format: options.format,
      directory,
      ...(options.limits === undefined ? {} : { limits: options.limits })
    })
    return { directory, error: undefined }
  } catch (error) {
    if (!(error instanceof ToolsError)) throw error
    return { directory, error }
  }
}

/** The bytes of every file under `directory`. */
async function bytesUnder(directory: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size
  }
  return total
}

test('the default limits are 1 GiB and 10,000 entries', () => {
  assert.deepEqual(UNPACK_LIMITS, { maxBytes: GiB, maxEntries: 10_000 })
  assert.equal(describeBytes(GiB), '1 GiB (1073741824 bytes)')
  assert.equal(describeBytes(1536), '1.5 KiB (1536 bytes)')
  assert.equal(describeBytes(12), '12 bytes')
})

test('with the default limits, a 2.2 MB .tar.gz declaring a 2.2 GiB file is refused before a byte of it is written', async () => {
  const bytes = hostileTarGz({ members: [{ name: 'tool', zeros: Math.round(2.2 * GiB) }] })
  assert.ok(bytes.length < 3 * MiB, `${bytes.length} bytes`)
  const started = performance.now()
  const { directory, error } = await unpack({ bytes, format: 'tar.gz' })
  assert.ok(performance.now() - started < 5000, 'refused at once')
  assert.equal(error?.code, 'UNSAFE_ARCHIVE')
  assert.equal(
    error?.message,
    'asset.tar.gz: entry "tool" would unpack the archive beyond 1 GiB (1073741824 bytes), the limit for a release archive (it declares 2.2 GiB (2362232013 bytes)); the archive was refused and nothing was installed.'
  )
  assert.deepEqual(await readdir(directory), [])
})

test('files that each fit but together exceed maxBytes stop at the first one past it', async () => {
  const members = ['a', 'b', 'c'].map(name => ({ name, zeros: 600 * 1024 }))
  const { directory, error } = await unpack({
    bytes: hostileTarGz({ members }),
    format: 'tar.gz',
    limits: { maxBytes: MiB, maxEntries: 100 }
  })
  assert.match(
    error?.message ?? '',
    /^asset\.tar\.gz: entry "b" would unpack the archive beyond 1 MiB \(1048576 bytes\)/
  )
  assert.deepEqual(await readdir(directory), ['a'])
  assert.ok((await bytesUnder(directory)) <= MiB)
})

test('a tar with more entries than maxEntries is refused at the entry past it', async () => {
  const members = Array.from({ length: 6 }, (_, index) => ({ name: `f${index}`, content: 'x' }))
  const { directory, error } = await unpack({
    bytes: hostileTarGz({ members }),
    format: 'tar.gz',
    limits: { maxBytes: MiB, maxEntries: 5 }
  })
  assert.match(
    error?.message ?? '',
    /^asset\.tar\.gz: holds more than 5 entries, the limit for a release archive;/
  )
  assert.equal((await readdir(directory)).length, 5)
})

test('a zip is refused from its central directory when its declared sizes exceed maxBytes: nothing is written', async () => {
  const { directory, error } = await unpack({
    bytes: hostileZip({
      members: [
        { name: 'ok', content: 'x' },
        { name: 'big', zeros: 2 * MiB }
      ]
    }),
    format: 'zip',
    limits: { maxBytes: MiB, maxEntries: 100 }
  })
  assert.match(
    error?.message ?? '',
    /^asset\.zip: entry "big" would unpack the archive beyond 1 MiB/
  )
  assert.deepEqual(await readdir(directory), [])
})

test('a zip entry inflating past its declared size is stopped there (with the default limits)', async () => {
  const { directory, error } = await unpack({
    bytes: hostileZip({
      members: [{ name: 'tool', zeros: Math.round(2.2 * GiB), declaredSize: 1024 }]
    }),
    format: 'zip'
  })
  assert.equal(
    error?.message,
    'asset.zip: entry "tool" unpacks to more than the 1 KiB (1024 bytes) the archive declares for it; the archive was refused and nothing was installed.'
  )
  assert.ok((await bytesUnder(directory)) <= 1024 + 64 * 1024, 'at most one chunk past it')
})

test('real tar (GNU long names, ./ prefix, directories) and zip archives unpack with their executable bits', async () => {
  const long = `${'d'.repeat(120)}/file`
  const build = async (directory: string) => {
    await mkdir(join(directory, 'd'.repeat(120)))
    await writeFile(join(directory, long), 'long')
    await writeFile(join(directory, 'tool'), '#!/bin/sh\n', { mode: 0o755 })
    await writeFile(join(directory, 'LICENSE'), 'text', { mode: 0o600 })
  }
  for (const format of ['tar.gz', 'zip'] as const) {
    const bytes = await packWithTools({ format, build, members: ['.'] })
    const { directory, error } = await unpack({ bytes, format })
    assert.equal(error, undefined, error?.message)
    assert.deepEqual((await readdir(directory)).sort(), ['LICENSE', 'd'.repeat(120), 'tool'])
    assert.equal((await stat(join(directory, 'tool'))).mode & 0o777, 0o755)
    assert.equal((await stat(join(directory, 'LICENSE'))).mode & 0o777, 0o644)
    assert.equal((await stat(join(directory, long))).size, 4)
  }
})

test('a name given twice, or a file where a directory is, refuses the archive', async () => {
  for (const members of [
    [
      { name: 'a', content: '1' },
      { name: 'a', content: '2' }
    ],
    [
      { name: 'a', content: '1' },
      { name: 'a/b', content: '2' }
    ]
  ]) {
    const { error } = await unpack({ bytes: hostileTarGz({ members }), format: 'tar.gz' })
    assert.match(error?.message ?? '', /is written where an earlier entry already is/)
  }
})

test('corrupt archives are refused as such', async () => {
  const { error: gzip } = await unpack({ bytes: Buffer.from('not gzip at all'), format: 'tar.gz' })
  assert.match(gzip?.message ?? '', /^asset\.tar\.gz: is not a valid gzip stream/)
  const { error: zip } = await unpack({ bytes: Buffer.from('not a zip'), format: 'zip' })
  assert.match(
    zip?.message ?? '',
    /^asset\.zip: is not a valid zip archive: it has no end-of-central-directory record/
  )
})

test('the tree check refuses symbolic links, hard links and FIFOs, whatever wrote them', async () => {
  const cases: { name: string; make: (path: string) => Promise<void>; reason: RegExp }[] = [
    {
      name: 'inside-link',
      make: path => symlink('tool', path),
      reason: /"inside-link" unpacked to something other than a file or a directory/
    },
    {
      name: 'outside-link',
      make: path => symlink('/etc', path),
      reason: /"outside-link" unpacked to something other than a file or a directory/
    },
    {
      name: 'hard',
      make: path => link(join(path, '..', 'tool'), path),
      reason: /"(hard|tool)" unpacked to a file with 2 hard links/
    },
    {
      name: 'fifo',
      make: async path => void (await exec('mkfifo', [path])),
      reason: /"fifo" unpacked to something other than a file or a directory/
    }
  ]
  for (const { name, make, reason } of cases) {
    const directory = join(root, `tree-${name}`)
    await mkdir(directory)
    await writeFile(join(directory, 'tool'), 'x')
    await make(join(directory, name))
    await assert.rejects(
      checkUnpackedTree({ root: directory, asset: 'asset.tar.gz', executable: 'tool' }),
      error => {
        assert.ok(error instanceof ToolsError && error.code === 'UNSAFE_ARCHIVE')
        assert.match(error.message, reason)
        return true
      }
    )
  }
})
