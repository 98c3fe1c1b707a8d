// Hostile images and the whiteout rules in isolation: traversal names inside layers, lying sizes,
// corrupt or unsupported compression, altered blobs, configs that do not match their manifest.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { CatalogError, type CatalogErrorCode } from '../src/catalog/archive/index.ts'
import {
  catalogImage,
  layoutImageSource,
  squashEntry,
  TopDownSquash
} from '../src/catalog/image/index.ts'
import { writeOciLayout } from './fixtures/image/oci-layout.ts'
import { buildTar } from './fixtures/image/tar-writer.ts'

const STATUS =
  'Package: tool\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.0-1\n\n'
const OS_RELEASE = 'ID=debian\nVERSION_ID="12"\n'

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

describe('the whiteout rules, top-down', () => {
  const squash = (layers: { path: string; directory?: boolean }[][]): string[] => {
    const state = new TopDownSquash()
    const visible: string[] = []
    for (const layer of [...layers].reverse()) {
      for (const item of layer) {
        const entry = squashEntry({ path: item.path, directory: item.directory === true })
        if (entry.kind !== 'whiteout' && entry.kind !== 'opaque' && state.visible(item.path)) {
          if (entry.kind !== 'directory') visible.push(item.path)
        }
        state.record(entry)
      }
      state.endLayer()
    }
    return visible.sort()
  }

  test('the highest layer holding a path wins', () => {
    assert.deepEqual(squash([[{ path: '/a' }], [{ path: '/a' }]]), ['/a'])
  })
  test('a whiteout hides lower layers but not its own layer', () => {
    assert.deepEqual(squash([[{ path: '/d/x' }], [{ path: '/d/.wh.x' }]]), [])
    // re-added in the same layer as its whiteout: the new file is kept
    assert.deepEqual(squash([[{ path: '/d/x' }], [{ path: '/d/.wh.x' }, { path: '/d/x' }]]), [
      '/d/x'
    ])
  })
  test('a whiteout of a directory hides its whole subtree', () => {
    assert.deepEqual(squash([[{ path: '/d/a/b/c' }, { path: '/e' }], [{ path: '/.wh.d' }]]), ['/e'])
  })
  test('an opaque directory hides lower children, keeps its own layer’s', () => {
    assert.deepEqual(
      squash([
        [{ path: '/d/old' }, { path: '/d/sub/deep' }, { path: '/other' }],
        [{ path: '/d/new' }, { path: '/d/.wh..wh..opq' }]
      ]),
      ['/d/new', '/other']
    )
  })
  test('a directory replaced by a file hides its lower children', () => {
    assert.deepEqual(squash([[{ path: '/d/x' }], [{ path: '/d' }]]), ['/d'])
  })
  test('a directory entry in an upper layer hides nothing below it', () => {
    assert.deepEqual(squash([[{ path: '/d/x' }], [{ path: '/d', directory: true }]]), ['/d/x'])
  })
  test('a whiteout of a path no layer has changes nothing', () => {
    assert.deepEqual(squash([[{ path: '/a' }], [{ path: '/nowhere/.wh.ghost' }]]), ['/a'])
  })
})

describe('hostile images', () => {
  let dir: string
  let count = 0
  const layout = async (
    layers: Parameters<typeof writeOciLayout>[0]['layers']
  ): Promise<Awaited<ReturnType<typeof writeOciLayout>>> =>
    writeOciLayout({ dir: join(dir, `layout-${count++}`), layers })
  const catalog = (path: string, platform?: string) =>
    catalogImage({
      source: layoutImageSource({ path }),
      reference: 'latest',
      ...(platform === undefined ? {} : { platform })
    })

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sbom-image-hostile-'))
  })
  after(async () => rm(dir, { recursive: true, force: true }))

  test('../ and absolute names in a layer are cleaned to paths inside the image, never written', async () => {
    const escape = `sbom-layer-escape-${process.pid}`
    const image = await layout([
      [
        { name: '../../../../etc/os-release', data: OS_RELEASE },
        { name: '/var/lib/dpkg/status', data: STATUS },
        { name: `../../../../../tmp/${escape}`, data: 'x' }
      ]
    ])
    const result = await catalog(image.dir)
    assert.deepEqual(
      result.packages.map(item => [item.purl, item.locations[0]?.path]),
      [['pkg:deb/debian/tool@1.0-1?arch=amd64&distro=debian-12', '/var/lib/dpkg/status']]
    )
    await assert.rejects(access(join('/tmp', escape)))
  })

  test('a layer entry declaring a huge size is never buffered: the layer ends short of it', async () => {
    const image = await layout([
      [{ name: 'var/lib/dpkg/status', data: STATUS, declaredSize: 6 * 1024 ** 3 }]
    ])
    await refused(
      catalog(image.dir),
      'TRUNCATED',
      /entry "var\/lib\/dpkg\/status" is truncated: the input ends before the size its tar header declares/u
    )
  })

  test('a corrupt gzip layer names the layer', async () => {
    const good = gzipSync(buildTar([{ name: 'var/lib/dpkg/status', data: STATUS }]))
    const corrupt = Buffer.concat([good.subarray(0, 12), Buffer.alloc(64, 0xaa)])
    const image = await layout([{ raw: corrupt, diffId: `sha256:${'0'.repeat(64)}` }])
    await refused(
      catalog(image.dir),
      'CORRUPT',
      new RegExp(`layer ${image.layers[0]!.digest}: is not a valid gzip stream`, 'u')
    )
  })

  test('a zstd layer is refused with its reason', async () => {
    const zstd = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0])
    const image = await layout([{ raw: zstd, diffId: `sha256:${'1'.repeat(64)}` }])
    await refused(catalog(image.dir), 'UNSUPPORTED_FORMAT', /is zstd-compressed/u)
  })

  test('a layer blob altered in the layout fails its digest', async () => {
    const image = await layout([[{ name: 'var/lib/dpkg/status', data: STATUS }]])
    const blob = join(image.dir, 'blobs', 'sha256', image.layers[0]!.digest.slice(7))
    const altered = gzipSync(
      buildTar([{ name: 'var/lib/dpkg/status', data: STATUS.replace('1.0-1', '6.6-6') }])
    )
    await writeFile(blob, altered)
    await refused(catalog(image.dir), 'INVALID_IMAGE', /was altered or corrupted/u)
  })

  test('a config whose diffIDs do not match the layers', async () => {
    const image = await layout([[{ name: 'a', data: 'a' }], [{ name: 'b', data: 'b' }]])
    const configPath = join(image.dir, 'blobs', 'sha256', image.configDigest.slice(7))
    const config = JSON.parse(await readFile(configPath, 'utf8')) as {
      rootfs: { diff_ids: string[] }
    }
    config.rootfs.diff_ids.pop()
    // rewrite the config, its digest and the manifest that names it
    const { createHash } = await import('node:crypto')
    const bytes = Buffer.from(JSON.stringify(config))
    const digest = createHash('sha256').update(bytes).digest('hex')
    await writeFile(join(image.dir, 'blobs', 'sha256', digest), bytes)
    const manifest = JSON.parse(image.manifest.toString()) as {
      config: { digest: string; size: number }
    }
    manifest.config = { ...manifest.config, digest: `sha256:${digest}`, size: bytes.length }
    const manifestBytes = Buffer.from(JSON.stringify(manifest))
    const manifestDigest = createHash('sha256').update(manifestBytes).digest('hex')
    await writeFile(join(image.dir, 'blobs', 'sha256', manifestDigest), manifestBytes)
    const index = JSON.parse(await readFile(join(image.dir, 'index.json'), 'utf8')) as {
      manifests: { digest: string; size: number }[]
    }
    index.manifests[0] = {
      ...index.manifests[0]!,
      digest: `sha256:${manifestDigest}`,
      size: manifestBytes.length
    }
    await writeFile(join(image.dir, 'index.json'), JSON.stringify(index))
    await refused(catalog(image.dir), 'INVALID_IMAGE', /rootfs\.diff_ids do not match its layers/u)
  })

  test('a platform the index does not have', async () => {
    const image = await layout([[{ name: 'a', data: 'a' }]])
    // an index with the one manifest, so the platform is chosen through it
    const index = JSON.parse(await readFile(join(image.dir, 'index.json'), 'utf8')) as {
      manifests: Record<string, unknown>[]
    }
    const { createHash } = await import('node:crypto')
    const nested = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: index.manifests.map(({ annotations: _unused, ...rest }) => rest)
      })
    )
    const digest = createHash('sha256').update(nested).digest('hex')
    await writeFile(join(image.dir, 'blobs', 'sha256', digest), nested)
    await writeFile(
      join(image.dir, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.index.v1+json',
            digest: `sha256:${digest}`,
            size: nested.length,
            annotations: { 'org.opencontainers.image.ref.name': 'latest' }
          }
        ]
      })
    )
    await refused(
      catalog(image.dir, 'linux/s390x'),
      'PLATFORM_NOT_FOUND',
      /has no linux\/s390x image; it has linux\/amd64/u
    )
    const found = await catalog(image.dir, 'linux/amd64')
    assert.equal(found.digest, image.manifestDigest)
  })

  test('a malformed dpkg stanza is skipped with its line; the others are kept', async () => {
    const status = `${STATUS}Package: broken\nthis line is not a field\nVersion: 1\n\nPackage: after\nStatus: install ok installed\nVersion: 2.0\nArchitecture: all\n\n`
    const image = await layout([
      [
        { name: 'etc/os-release', data: OS_RELEASE },
        { name: 'var/lib/dpkg/status', data: status }
      ]
    ])
    const result = await catalog(image.dir)
    assert.deepEqual(
      result.packages.map(item => item.name),
      ['tool', 'after']
    )
    assert.deepEqual(result.problems, [
      '/var/lib/dpkg/status: the stanza at line 6 was skipped: line 7 is not a "key: value" field'
    ])
  })
})
