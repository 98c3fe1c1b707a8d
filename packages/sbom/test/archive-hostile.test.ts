// Hostile archives: every bound and check of the archive reader, each refusal with its reason.
// Member names are data: nothing is ever written where a name points.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { access, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import {
  catalogArchive,
  CatalogError,
  type CatalogErrorCode
} from '../src/catalog/archive/index.ts'
import { buildTar } from './fixtures/image/tar-writer.ts'
import { buildZip } from './fixtures/image/zip-writer.ts'

const LOCK = JSON.stringify({
  lockfileVersion: 3,
  packages: { 'node_modules/left-pad': { version: '1.3.0' } }
})

async function refused(
  promise: Promise<unknown>,
  code: CatalogErrorCode,
  reason: RegExp
): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof CatalogError, String(error))
    assert.equal(error.code, code, error.message)
    assert.match(error.message, reason)
    return true
  })
}

describe('hostile archives', () => {
  let dir: string
  const write = async (name: string, data: Buffer): Promise<string> => {
    const path = join(dir, name)
    await writeFile(path, data)
    return path
  }
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sbom-archive-hostile-'))
  })
  after(async () => rm(dir, { recursive: true, force: true }))

  test('../ and absolute member names are paths inside the archive; nothing is written there', async () => {
    const escape = `sbom-escape-${process.pid}`
    const path = await write(
      'traversal.tar.gz',
      gzipSync(
        buildTar([
          { name: `../../../../../../tmp/${escape}/package-lock.json`, data: LOCK },
          { name: `/tmp/${escape}-abs/package-lock.json`, data: LOCK }
        ])
      )
    )
    const scratchBefore = (await readdir(tmpdir())).filter(name => name.startsWith('sbom-archive-'))
    const result = await catalogArchive({ path })
    assert.deepEqual(
      result.packages.map(item => item.locations[0]?.path),
      [`/tmp/${escape}/package-lock.json`, `/tmp/${escape}-abs/package-lock.json`]
    )
    await assert.rejects(access(join('/tmp', escape)))
    await assert.rejects(access(join('/tmp', `${escape}-abs`)))
    // the private scratch directory is gone again
    const scratchAfter = (await readdir(tmpdir())).filter(name => name.startsWith('sbom-archive-'))
    assert.ok(scratchAfter.every(name => scratchBefore.includes(name)))
  })

  test('a member declaring a huge size is never buffered; the archive ends short of it', async () => {
    const tar = buildTar([
      { name: 'app/package-lock.json', data: LOCK, declaredSize: 7 * 1024 ** 3 }
    ])
    const path = await write('huge.tar.gz', gzipSync(tar))
    await refused(catalogArchive({ path }), 'TRUNCATED', /"app\/package-lock\.json" is truncated/u)
    // with a smaller budget it is refused from the header alone
    await refused(
      catalogArchive({ path, limits: { maxTotalBytes: 1024 ** 2 } }),
      'TOO_LARGE',
      /unpacks to more than the 1048576 bytes/u
    )
  })

  test('a member over the buffered-bytes limit is skipped with a problem', async () => {
    const path = await write('big-lock.tar', buildTar([{ name: 'package-lock.json', data: LOCK }]))
    const result = await catalogArchive({ path, limits: { maxBufferedBytes: 10 } })
    assert.deepEqual(result.packages, [])
    assert.deepEqual(result.problems, [
      `/package-lock.json: skipped, its ${LOCK.length} bytes are over the 10 bytes read for javascript-lock-cataloger`
    ])
  })

  test('corrupt and truncated gzip streams', async () => {
    const good = gzipSync(buildTar([{ name: 'package-lock.json', data: LOCK }]))
    const corrupt = Buffer.concat([good.subarray(0, 10), Buffer.alloc(200, 0x55)])
    await refused(
      catalogArchive({ path: await write('corrupt.tar.gz', corrupt) }),
      'CORRUPT',
      /is not a valid gzip stream/u
    )
    await refused(
      catalogArchive({ path: await write('cut.tar.gz', good.subarray(0, good.length - 30)) }),
      'CORRUPT',
      /is not a valid gzip stream \(unexpected end of file\)/u
    )
  })

  test('a tar header whose checksum fails', async () => {
    const tar = buildTar([{ name: 'package-lock.json', data: LOCK }])
    tar[0] = 'X'.charCodeAt(0)
    await refused(
      catalogArchive({ path: await write('bad-checksum.tar', tar) }),
      'CORRUPT',
      /bad-checksum\.tar: is not a valid tar archive: it holds a header block whose checksum does not match/u
    )
    const gz = gzipSync(tar)
    await refused(
      catalogArchive({ path: await write('bad-checksum.tar.gz', gz) }),
      'CORRUPT',
      /a header block whose checksum does not match/u
    )
  })

  test('more entries than allowed', async () => {
    const tar = buildTar(
      Array.from({ length: 5 }, (_, index) => ({ name: `f${index}`, data: 'x' }))
    )
    await refused(
      catalogArchive({ path: await write('many.tar', tar), limits: { maxEntries: 3 } }),
      'TOO_LARGE',
      /holds more than the 3 entries/u
    )
    const zip = buildZip(
      Array.from({ length: 5 }, (_, index) => ({ name: `f${index}`, data: 'x' }))
    )
    await refused(
      catalogArchive({ path: await write('many.zip', zip), limits: { maxEntries: 3 } }),
      'TOO_LARGE',
      /holds 5 entries, more than the 3/u
    )
  })

  test('zip members that lie about their size or CRC, or declare a bomb', async () => {
    await refused(
      catalogArchive({
        path: await write(
          'lying-size.zip',
          buildZip([{ name: 'package-lock.json', data: LOCK, deflate: true, declaredSize: 10 }])
        ),
        catalogers: [
          {
            name: 'reads-everything',
            reads: 'bytes',
            matches: () => true,
            catalog: async () => Promise.resolve(undefined)
          }
        ]
      }),
      'CORRUPT',
      /entry "package-lock\.json" inflates past its declared size of 10 bytes/u
    )
    await refused(
      catalogArchive({
        path: await write(
          'bad-crc.zip',
          buildZip([{ name: 'package-lock.json', data: LOCK, declaredCrc: 1 }])
        )
      }),
      'CORRUPT',
      /does not match its declared size and CRC-32/u
    )
    await refused(
      catalogArchive({
        path: await write(
          'bomb.zip',
          buildZip([{ name: 'a', data: 'x', declaredSize: 0xfffffff0 }])
        ),
        limits: { maxTotalBytes: 1024 ** 3 }
      }),
      'TOO_LARGE',
      /declares 4294967280 unpacked bytes/u
    )
  })

  test('a zip whose central directory points outside the file', async () => {
    const zip = buildZip([{ name: 'package-lock.json', data: LOCK }])
    zip.writeUInt32LE(0x7fffffff, zip.length - 22 + 16)
    await refused(
      catalogArchive({ path: await write('bad-directory.zip', zip) }),
      'CORRUPT',
      /its central directory is larger than the file/u
    )
  })

  test('a file that is no archive', async () => {
    await refused(
      catalogArchive({ path: await write('text.tar.gz', Buffer.from('just text\n')) }),
      'UNSUPPORTED_FORMAT',
      /text\.tar\.gz: is not a gzip-compressed tar, a tar or a zip archive/u
    )
  })

  test('names over 100 bytes arrive through pax headers', async () => {
    const long = `${'deep/'.repeat(30)}package-lock.json`
    const result = await catalogArchive({
      path: await write('long.tar.gz', gzipSync(buildTar([{ name: long, data: LOCK }])))
    })
    assert.deepEqual(
      result.packages.map(item => item.locations[0]?.path),
      [`/${long}`]
    )
  })

  test('a member with an executable magic but no valid executable behind it is no package', async () => {
    const junk = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]),
      Buffer.alloc(4000, 0xee)
    ])
    const result = await catalogArchive({
      path: await write(
        'junk-elf.tar.gz',
        gzipSync(buildTar([{ name: 'bin/tool', data: junk, mode: 0o755 }]))
      )
    })
    assert.deepEqual(result.packages, [])
    assert.deepEqual(result.problems, [])
    assert.equal(result.entries, 1)
  })
})
