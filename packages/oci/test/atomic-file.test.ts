// writeFileAtomic: whole content or none, never a temporary file left behind, and a link at the
// target replaced rather than written through.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  lstat,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  writeFile,
  type FileHandle
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeBytesAtomic, writeFileAtomic } from '../src/index.ts'

async function directory(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), 'sign-atomic-'))
  t.after(() => rm(path, { recursive: true, force: true }))
  return path
}

test('a write replaces the file whole and leaves no temporary file', async t => {
  const dir = await directory(t)
  const path = join(dir, 'app.sigstore.json')
  await writeFile(path, 'old')
  assert.equal(await writeBytesAtomic({ path, bytes: 'new' }), true)
  assert.equal(await readFile(path, 'utf8'), 'new')
  assert.deepEqual(await readdir(dir), ['app.sigstore.json'])
})

/** Records in `synced` each sync() of `file` (a durable write calls it after writing). */
function watchSync(options: { file: FileHandle; synced: string[] }): void {
  const { file, synced } = options
  const sync = file.sync.bind(file)
  file.sync = async () => {
    synced.push('sync')
    await sync()
  }
}

test('durable: false skips the fsync and still replaces the file whole; the default syncs', async t => {
  const dir = await directory(t)
  const path = join(dir, 'app.sigstore.json')
  await writeFile(path, 'old')
  const synced: string[] = []
  const written = await writeFileAtomic({
    path,
    durable: false,
    write: async file => {
      watchSync({ file, synced })
      await file.writeFile('new content')
    }
  })
  assert.equal(written, true)
  assert.equal(synced.length, 0, 'no fsync')
  assert.equal(await readFile(path, 'utf8'), 'new content')
  assert.deepEqual(await readdir(dir), ['app.sigstore.json'])
  // And by default the content is flushed before the rename.
  await writeFileAtomic({
    path,
    write: async file => {
      watchSync({ file, synced })
      await file.writeFile('durable')
    }
  })
  assert.deepEqual(synced, ['sync'])
})

test('noClobber leaves an existing file alone and says so', async t => {
  const dir = await directory(t)
  const path = join(dir, 'oci-layout')
  await writeFile(path, 'first')
  assert.equal(await writeBytesAtomic({ path, bytes: 'second', noClobber: true }), false)
  assert.equal(await readFile(path, 'utf8'), 'first')
  assert.deepEqual(await readdir(dir), ['oci-layout'])
})

test('a write that throws leaves the target as it was and no temporary file', async t => {
  const dir = await directory(t)
  const path = join(dir, 'index.json')
  await writeFile(path, 'kept')
  const failing = writeFileAtomic({
    path,
    write: async file => {
      await file.writeFile('half')
      throw new Error('disk full')
    }
  })
  await assert.rejects(failing, /disk full/)
  assert.equal(await readFile(path, 'utf8'), 'kept')
  assert.deepEqual(await readdir(dir), ['index.json'])
})

test('a symbolic link at the target is replaced by the file, never written through', async t => {
  const dir = await directory(t)
  const outside = await directory(t)
  await writeFile(join(outside, 'victim'), 'untouched')
  const path = join(dir, 'app.sigstore.json')
  await symlink(join(outside, 'victim'), path)
  await writeBytesAtomic({ path, bytes: 'signature' })
  assert.equal((await lstat(path)).isFile(), true)
  assert.equal(await readFile(path, 'utf8'), 'signature')
  assert.equal(await readFile(join(outside, 'victim'), 'utf8'), 'untouched')
})
