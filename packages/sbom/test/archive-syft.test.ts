// Archives built here (tar.gz, tar and zip holding a Go binary and an npm lock file), catalogued
// by us and by the pinned syft (`syft scan file:<archive>`, which unpacks recognised archives and
// catalogs their content). The package sets (name, version, purl) must be equal, and locations
// must be the members' paths inside the archive.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { catalogArchive, type ArchiveCatalog } from '../src/catalog/archive/index.ts'
import { buildGoProgram } from './fixtures/image/go-program.ts'
import { buildTar } from './fixtures/image/tar-writer.ts'
import { rowDifferences, syftScan } from './fixtures/image/syft-scan.ts'

const run = promisify(execFile)

/** A lock file with the cases syft's lock cataloger distinguishes: root, scoped, dev, link, alias. */
const PACKAGE_LOCK = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'app', version: '1.0.0', dependencies: { 'left-pad': '^1.3.0' } },
    'node_modules/left-pad': { version: '1.3.0', license: 'WTFPL' },
    'node_modules/@scope/util': { version: '2.0.0', license: 'MIT' },
    'node_modules/left-pad/node_modules/nested': { version: '0.2.0' },
    'node_modules/devthing': { version: '0.1.0', dev: true },
    'node_modules/linked': { resolved: '../linked', link: true },
    'node_modules/aliased': { name: 'real-name', version: '3.0.0' }
  }
})

describe('archives with a Go binary and a lock file, against syft', () => {
  let dir: string
  let goBinary: Buffer
  const archives = new Map<string, string>()

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sbom-archive-syft-'))
    goBinary = await readFile(await buildGoProgram({ dir, name: 'tool' }))
    const members = [
      { name: 'release/', type: 'directory' as const },
      { name: 'release/bin/', type: 'directory' as const },
      { name: 'release/bin/tool', data: goBinary, mode: 0o755 },
      { name: 'release/web/', type: 'directory' as const },
      { name: 'release/web/package-lock.json', data: PACKAGE_LOCK },
      { name: 'release/README.md', data: '# tool\n' }
    ]
    const tar = buildTar(members)
    archives.set('tar.gz', join(dir, 'tool_1.0.0_linux_amd64.tar.gz'))
    await writeFile(archives.get('tar.gz')!, gzipSync(tar))
    archives.set('tar', join(dir, 'tool.tar'))
    await writeFile(archives.get('tar')!, tar)
    // a zip made by Info-ZIP's zip, from the same tree
    const tree = join(dir, 'tree')
    await mkdir(join(tree, 'release', 'bin'), { recursive: true })
    await mkdir(join(tree, 'release', 'web'), { recursive: true })
    await writeFile(join(tree, 'release', 'bin', 'tool'), goBinary, { mode: 0o755 })
    await writeFile(join(tree, 'release', 'web', 'package-lock.json'), PACKAGE_LOCK)
    archives.set('zip', join(dir, 'tool.zip'))
    await run('zip', ['-qr', archives.get('zip')!, 'release'], { cwd: tree })
  })
  after(async () => rm(dir, { recursive: true, force: true }))

  for (const format of ['tar.gz', 'tar', 'zip'] as const) {
    test(`${format}: our package set equals syft scan file:`, async () => {
      const path = archives.get(format)!
      const ours: ArchiveCatalog = await catalogArchive({ path })
      assert.equal(ours.format, format)
      assert.deepEqual(ours.problems, [])
      const syft = await syftScan({ target: `file:${path}` })
      assert.deepEqual(rowDifferences(ours.packages, syft.artifacts), {
        onlyOurs: [],
        onlySyft: []
      })
      // locations are the members' paths inside the archive, as syft gives them
      const syftPaths = new Map(
        syft.artifacts.map(item => [`${item.name} ${item.purl}`, item.locations[0]?.path])
      )
      for (const item of ours.packages) {
        assert.equal(
          item.locations[0]?.path,
          syftPaths.get(`${item.name} ${item.purl ?? ''}`),
          item.name
        )
        assert.equal(item.locations[0]?.layer, undefined)
      }
      assert.ok(
        ours.packages.some(item => item.name === 'stdlib'),
        'the Go binary was read'
      )
      assert.ok(
        !ours.packages.some(item => item.name === 'devthing'),
        'dev dependencies are left out'
      )
      const content = await readFile(path)
      assert.deepEqual(ours.subject, {
        kind: 'archive',
        name: path,
        checksums: [
          { algorithm: 'SHA256', value: createHash('sha256').update(content).digest('hex') },
          { algorithm: 'SHA1', value: createHash('sha1').update(content).digest('hex') }
        ]
      })
    })
  }
})
