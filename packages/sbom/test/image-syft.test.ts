// Images built here, catalogued by us and by the pinned syft: a Debian stand-in made of this
// machine's own dpkg status and os-release with every whiteout rule exercised and a Go binary
// inside, and an Alpine image from a hand-written apk installed database. The package sets (name,
// version, purl) must be equal; the few intentional differences are listed where they are asserted.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRegistryClient, pushImage } from '@sign/oci'
import { startRegistry, type AnonymousRegistry } from '@sign/testenv'
import {
  catalogImage,
  layoutImageSource,
  registryImageSource,
  type ImageCatalog
} from '../src/catalog/image/index.ts'
import { buildGoProgram } from './fixtures/image/go-program.ts'
import { debianStandInLayers } from './fixtures/image/debian-stand-in.ts'
import { writeOciLayout, type BuiltImage } from './fixtures/image/oci-layout.ts'
import { rowDifferences, syftScan } from './fixtures/image/syft-scan.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures', 'apk')
const ALPINE_VECTOR = join(
  import.meta.dirname,
  '../../../test/vectors/sbom/syft-alpine-3.10-image.spdx.json'
)

describe('a Debian stand-in image with whiteouts and a Go binary', () => {
  let dir: string
  let image: BuiltImage
  let ours: ImageCatalog

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sbom-image-syft-'))
    const goBinary = await readFile(await buildGoProgram({ dir, name: 'imagetool' }))
    image = await writeOciLayout({
      dir: join(dir, 'layout'),
      layers: debianStandInLayers({ goBinary })
    })
    ours = await catalogImage({
      source: layoutImageSource({ path: image.dir }),
      reference: 'latest'
    })
  })
  after(async () => rm(dir, { recursive: true, force: true }))

  test('our package set equals syft scan oci-dir:', async () => {
    const syft = await syftScan({ target: `oci-dir:${image.dir}` })
    assert.deepEqual(rowDifferences(ours.packages, syft.artifacts), { onlyOurs: [], onlySyft: [] })
    assert.deepEqual(ours.problems, [])
    // the same layer (diffID) for every package as syft records
    const syftLayers = new Map(
      syft.artifacts.map(item => [`${item.name} ${item.purl}`, item.locations[0]?.layerID])
    )
    for (const item of ours.packages) {
      assert.equal(
        item.locations[0]?.layer,
        syftLayers.get(`${item.name} ${item.purl ?? ''}`),
        item.name
      )
    }
  })

  test('whiteouts, opaque directories and replaced ancestors hide lower content', () => {
    const names = new Set(ours.packages.map(item => item.name))
    assert.ok(!names.has('replaced-pkg'), 'a status replaced by an upper layer is not read')
    assert.ok(!names.has('gone'), 'an opaque directory hides its lower children')
    assert.ok(names.has('@scope/fresh'), 'the opaque directory keeps its own layer’s children')
    assert.ok(!names.has('hidden'), 'a directory replaced by a file hides its lower children')
    assert.ok(names.has('left-pad'))
    assert.ok(!names.has('removed-pkg'), 'deinstall entries are not packages')
    const goLocations = ours.packages
      .filter(item => item.type === 'go-module')
      .map(item => item.locations[0]?.path)
    assert.ok(goLocations.length > 0)
    assert.ok(
      goLocations.every(path => path === '/usr/local/bin/imagetool'),
      'the whited-out binary is gone'
    )
  })

  test('locations carry the diffID of the layer that holds the final file', () => {
    const libc = ours.packages.find(item => item.name === 'libc6')
    assert.deepEqual(libc?.locations, [{ path: '/var/lib/dpkg/status', layer: image.diffIds[1] }])
    const extra = ours.packages.find(item => item.name === 'distroless-extra')
    assert.deepEqual(extra?.locations, [
      { path: '/var/lib/dpkg/status.d/distroless-extra', layer: image.diffIds[1] }
    ])
    assert.equal(
      extra?.purl,
      'pkg:deb/debian/distroless-extra@2.0-1%2Bb1?arch=all&distro=debian-12&upstream=distroless-src%402.0-1'
    )
    const stdlib = ours.packages.find(item => item.name === 'stdlib')
    assert.equal(stdlib?.locations[0]?.layer, image.diffIds[2])
    assert.equal(ours.release?.id, 'debian')
    assert.equal(ours.digest, image.manifestDigest)
    assert.deepEqual(ours.subject.checksums, [
      { algorithm: 'SHA256', value: image.manifestDigest.slice('sha256:'.length) }
    ])
    assert.equal(ours.subject.platform, 'linux/amd64')
    // one CONTAINS per package from the image
    assert.equal(
      ours.relationships.filter(item => item.from === 'subject' && item.type === 'CONTAINS').length,
      ours.packages.length
    )
  })

  describe('from the real test registry', () => {
    let registry: AnonymousRegistry
    before(async () => {
      registry = await startRegistry({ mode: 'anonymous' })
    })
    after(async () => registry.stop())

    test('the same packages as from the layout, and as syft registry:', async () => {
      const client = createRegistryClient({ insecure: [registry.host] })
      const repo = { registry: registry.host, repository: 'sbom/debian-stand-in' }
      await pushImage({
        client,
        repo,
        reference: 'v1',
        blobs: [...image.layers, { digest: image.configDigest, data: image.config }],
        manifest: image.manifest,
        mediaType: 'application/vnd.oci.image.manifest.v1+json'
      })
      const remote = await catalogImage({
        source: registryImageSource({ client, repo }),
        reference: 'v1'
      })
      assert.deepEqual(rowDifferences(remote.packages, ours.packages), {
        onlyOurs: [],
        onlySyft: []
      })
      assert.equal(remote.digest, image.manifestDigest)
      const syft = await syftScan({
        target: `registry:${registry.host}/sbom/debian-stand-in:v1`,
        env: { SYFT_REGISTRY_INSECURE_USE_HTTP: 'true' }
      })
      assert.deepEqual(rowDifferences(remote.packages, syft.artifacts), {
        onlyOurs: [],
        onlySyft: []
      })
    })
  })
})

describe('an Alpine image from a hand-written apk installed database', () => {
  let dir: string
  let image: BuiltImage
  let ours: ImageCatalog

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sbom-image-apk-'))
    const installed = await readFile(join(FIXTURES, 'installed'))
    image = await writeOciLayout({
      dir: join(dir, 'layout'),
      layers: [
        [
          { name: 'etc/os-release', data: await readFile(join(FIXTURES, 'os-release')) },
          // replaced by the upper layer's database
          { name: 'lib/apk/db/installed', data: 'P:old-musl\nV:0.9-r0\nA:x86_64\n\n' }
        ],
        [{ name: 'lib/apk/db/installed', data: installed }]
      ]
    })
    ours = await catalogImage({
      source: layoutImageSource({ path: image.dir }),
      reference: 'latest'
    })
  })
  after(async () => rm(dir, { recursive: true, force: true }))

  test('our package set equals syft scan oci-dir:', async () => {
    const syft = await syftScan({ target: `oci-dir:${image.dir}` })
    assert.deepEqual(rowDifferences(ours.packages, syft.artifacts), { onlyOurs: [], onlySyft: [] })
    assert.equal(ours.packages.length, 5)
    assert.ok(ours.packages.every(item => item.locations[0]?.layer === image.diffIds[1]))
  })

  test('purls agree with the real syft SPDX of alpine 3.10 except for qualifier order', async () => {
    const vector = JSON.parse(await readFile(ALPINE_VECTOR, 'utf8')) as {
      packages: {
        name: string
        externalRefs: { referenceType: string; referenceLocator: string }[]
      }[]
    }
    const differences: string[] = []
    for (const item of vector.packages) {
      const theirs = item.externalRefs.find(ref => ref.referenceType === 'purl')?.referenceLocator
      const mine = ours.packages.find(pkg => pkg.name === item.name)?.purl
      if (theirs !== mine) differences.push(`${item.name}: ${mine} vs ${theirs}`)
    }
    // syft of 2022 wrote qualifiers in insertion order (upstream before distro); syft 1.57 (and we)
    // sort them by key, as the purl specification asks. Only the package with an upstream differs.
    assert.deepEqual(differences, [
      'ssl_client: pkg:apk/alpine/ssl_client@1.30.1-r5?arch=x86_64&distro=alpine-3.10.9&upstream=busybox vs pkg:apk/alpine/ssl_client@1.30.1-r5?arch=x86_64&upstream=busybox&distro=alpine-3.10.9'
    ])
  })
})
