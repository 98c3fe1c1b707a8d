// The rpm sqlite database reader: an image holding an rpmdb.sqlite written here (rpm's schema and
// header format) catalogued by us and by the pinned syft, and header blobs that lie.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { catalogImage, layoutImageSource } from '../src/catalog/image/index.ts'
import { parseOsRelease } from '../src/catalog/os/index.ts'
import { catalogRpmSqlite, readRpmHeader, RpmHeaderError } from '../src/catalog/rpm/index.ts'
import { writeOciLayout } from './fixtures/image/oci-layout.ts'
import { rowDifferences, syftScan } from './fixtures/image/syft-scan.ts'
import { rpmHeaderBlob, rpmPackage, writeRpmdb } from './fixtures/rpm/rpm-db.ts'

const OS_RELEASE =
  'NAME="Red Hat Enterprise Linux"\nID="rhel"\nID_LIKE="fedora"\nVERSION_ID="9.4"\n'

const PACKAGES = [
  rpmPackage({
    name: 'bash',
    version: '5.1.8',
    release: '9.el9',
    arch: 'x86_64',
    sourceRpm: 'bash-5.1.8-9.el9.src.rpm',
    license: 'GPLv3+'
  }),
  rpmPackage({
    name: 'openssl-libs',
    version: '3.0.7',
    release: '27.el9',
    epoch: 1,
    arch: 'x86_64',
    sourceRpm: 'openssl-3.0.7-27.el9.src.rpm',
    license: 'ASL 2.0'
  }),
  rpmPackage({ name: 'tzdata', version: '2024a', release: '1.el9', arch: 'noarch' }),
  // keys imported into rpm's database are not packages
  rpmPackage({ name: 'gpg-pubkey', version: 'fd431d51', release: '4ae0493b', arch: '(none)' })
]

describe('rpm sqlite databases', () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sbom-rpm-'))
  })
  after(async () => rm(dir, { recursive: true, force: true }))

  test('an image with an rpmdb.sqlite: our package set equals syft scan oci-dir:', async () => {
    const database = join(dir, 'rpmdb.sqlite')
    writeRpmdb({ path: database, blobs: PACKAGES.map(rpmHeaderBlob) })
    const image = await writeOciLayout({
      dir: join(dir, 'layout'),
      layers: [
        [
          { name: 'etc/os-release', data: OS_RELEASE },
          { name: 'var/lib/rpm/', type: 'directory' },
          { name: 'var/lib/rpm/rpmdb.sqlite', data: await readFile(database) }
        ]
      ]
    })
    const ours = await catalogImage({
      source: layoutImageSource({ path: image.dir }),
      reference: 'latest'
    })
    const syft = await syftScan({ target: `oci-dir:${image.dir}` })
    // The one intentional difference: syft 1.57 reports rpm's `gpg-pubkey` entries (signing keys
    // that `rpm --import` stores as pseudo-packages) as packages; they are not installed software,
    // so we leave them out.
    assert.deepEqual(rowDifferences(ours.packages, syft.artifacts), {
      onlyOurs: [],
      onlySyft: [
        'gpg-pubkey fd431d51-4ae0493b pkg:rpm/redhat/gpg-pubkey@fd431d51-4ae0493b?arch=%28none%29&distro=rhel-9.4'
      ]
    })
    assert.deepEqual(
      ours.packages.map(item => item.purl),
      [
        'pkg:rpm/redhat/bash@5.1.8-9.el9?arch=x86_64&distro=rhel-9.4&upstream=bash-5.1.8-9.el9.src.rpm',
        'pkg:rpm/redhat/openssl-libs@3.0.7-27.el9?arch=x86_64&distro=rhel-9.4&epoch=1&upstream=openssl-3.0.7-27.el9.src.rpm',
        'pkg:rpm/redhat/tzdata@2024a-1.el9?arch=noarch&distro=rhel-9.4'
      ]
    )
    assert.equal(ours.packages[1]?.version, '1:3.0.7-27.el9')
    assert.deepEqual(ours.packages[0]?.licenses, ['GPLv3+'])
    assert.deepEqual(ours.packages[0]?.locations, [
      { path: '/var/lib/rpm/rpmdb.sqlite', layer: image.diffIds[0] }
    ])
  })

  test('a header that lies is skipped with its reason; the others are kept', () => {
    const lying = rpmHeaderBlob(
      rpmPackage({ name: 'x', version: '1', release: '1', arch: 'x86_64' })
    )
    lying.writeUInt32BE(0x7fffffff, 4)
    const database = join(dir, 'lying.sqlite')
    writeRpmdb({ path: database, blobs: [lying, rpmHeaderBlob(PACKAGES[2]!)] })
    const result = catalogRpmSqlite({
      file: database,
      location: { path: '/var/lib/rpm/rpmdb.sqlite' },
      release: parseOsRelease({ text: OS_RELEASE })!
    })
    assert.deepEqual(
      result.packages.map(item => item.name),
      ['tzdata']
    )
    assert.deepEqual(result.problems, [
      `/var/lib/rpm/rpmdb.sqlite: package 1 was skipped: the header declares 5 entries and 2147483647 data bytes, more than its ${lying.length} bytes`
    ])
  })

  test('a file that is not an sqlite database gives a problem, not a crash', async () => {
    const path = join(dir, 'not.sqlite')
    await writeFile(path, 'not a database at all, but long enough to look like a header....')
    const result = catalogRpmSqlite({
      file: path,
      location: { path: '/var/lib/rpm/rpmdb.sqlite' }
    })
    assert.deepEqual(result.packages, [])
    assert.equal(result.problems.length, 1)
    assert.match(
      result.problems[0]!,
      /^\/var\/lib\/rpm\/rpmdb\.sqlite: (is not an sqlite database|has no readable Packages table)/u
    )
  })

  test('header blobs: every offset and count is checked', () => {
    const good = rpmHeaderBlob(PACKAGES[0]!)
    assert.deepEqual(readRpmHeader({ blob: good }), {
      name: 'bash',
      version: '5.1.8',
      release: '9.el9',
      size: 1234,
      license: 'GPLv3+',
      arch: 'x86_64',
      sourceRpm: 'bash-5.1.8-9.el9.src.rpm'
    })
    const cases: [string, (blob: Buffer) => Buffer, RegExp][] = [
      ['truncated preamble', blob => blob.subarray(0, 5), /shorter than its 8-byte preamble/u],
      ['zero entries', blob => (blob.writeUInt32BE(0, 0), blob), /declares 0 index entries/u],
      [
        'huge entry count',
        blob => (blob.writeUInt32BE(0xffffffff, 0), blob),
        /declares 4294967295 index entries/u
      ],
      [
        'offset past the data',
        blob => (blob.writeUInt32BE(0x00ffffff, 8 + 8), blob),
        /tag 1000 points at offset 16777215, past the/u
      ],
      [
        'string without its end',
        blob => blob.subarray(0, blob.length - 1).fill(0x41, blob.length - 10),
        /more than its|has no end/u
      ]
    ]
    for (const [name, mutate, reason] of cases) {
      assert.throws(
        () => readRpmHeader({ blob: mutate(Buffer.from(good)) }),
        (error: unknown) => error instanceof RpmHeaderError && reason.test(error.message),
        name
      )
    }
  })
})
