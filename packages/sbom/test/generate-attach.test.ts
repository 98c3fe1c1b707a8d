// The library's two entry points: generateSbom describes a file (hashing it when no checksums are
// given) and one platform of an image in an OCI layout; attachSbom attaches a document to that
// image exactly as `oras attach` shapes an SBOM referrer, bytes unchanged, and the referrer is
// listed under its artifact type — in an OCI layout and on both test registries.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createRegistryClient,
  layoutStore,
  pushImage,
  registryStore,
  type ContentStore,
  type Descriptor,
  type ImageManifest
} from '@sign/oci'
import { registryKinds, sampleImage } from '@sign/testenv'
import {
  SBOM_MEDIA_TYPES,
  attachSbom,
  generateSbom,
  layoutImageSource,
  toCycloneDxJson,
  validateSbom
} from '../src/index.ts'
import { writeOciLayout } from './fixtures/image/oci-layout.ts'

const TOOL = { name: 'sign', version: '0.0.0-test' }
const hex = (algorithm: string, data: string) => createHash(algorithm).update(data).digest('hex')

test('generateSbom: a plain file is its own root, with the SHA256 and SHA1 computed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'generate-sbom-'))
  await writeFile(join(dir, 'notes.txt'), 'release notes\n')
  const generated = await generateSbom({
    subject: { kind: 'file', path: join(dir, 'notes.txt'), name: 'notes.txt' },
    tool: TOOL
  })
  assert.equal(generated.cataloged, 'file')
  assert.deepEqual(generated.sbom.subject, {
    kind: 'file',
    name: 'notes.txt',
    checksums: [
      { algorithm: 'SHA256', value: hex('sha256', 'release notes\n') },
      { algorithm: 'SHA1', value: hex('sha1', 'release notes\n') }
    ]
  })
  assert.deepEqual(generated.sbom.packages, [])
})

test('generateSbom: one platform of an image in an OCI layout, named as given', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'generate-sbom-image-'))
  await writeOciLayout({
    dir,
    platform: { os: 'linux', architecture: 'arm64' },
    layers: [
      [
        { name: 'etc/os-release', data: 'ID=alpine\nVERSION_ID=3.20.0\n' },
        {
          name: 'lib/apk/db/installed',
          data: 'P:musl\nV:1.2.5-r0\nA:aarch64\nL:MIT\no:musl\nT:the musl c library\n\n'
        }
      ]
    ]
  })
  const generated = await generateSbom({
    subject: {
      kind: 'image',
      source: layoutImageSource({ path: dir }),
      reference: 'latest',
      name: 'app:1'
    },
    tool: TOOL
  })
  assert.equal(generated.cataloged, 'image')
  assert.equal(generated.platform, 'linux/arm64')
  assert.equal(generated.sbom.subject.name, 'app:1')
  assert.deepEqual(
    generated.sbom.packages.map(pkg => [pkg.name, pkg.version, pkg.purl]),
    [['musl', '1.2.5-r0', 'pkg:apk/alpine/musl@1.2.5-r0?arch=aarch64&distro=alpine-3.20.0']]
  )
  assert.deepEqual(
    validateSbom({ document: toCycloneDxJson({ sbom: generated.sbom }).document }),
    []
  )
})

/** Attaches a CycloneDX document to `subject` in `store`; checks the referrer as oras shapes it. */
async function attachAndCheck(store: ContentStore, subject: Descriptor): Promise<void> {
  const document = Buffer.from('{"bomFormat":"CycloneDX","specVersion":"1.6"}\n')
  const created = new Date('2026-12-08T10:11:12.345Z')
  const attached = await attachSbom({ store, subject, format: 'cyclonedx-json', document, created })
  const fetched = await store.fetchManifest(attached.descriptor.digest)
  const manifest = JSON.parse(fetched?.bytes.toString() ?? 'null') as ImageManifest
  const [layer] = manifest.layers
  assert.deepEqual(manifest, {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType: 'application/vnd.cyclonedx+json',
    config: {
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2
    },
    layers: [
      {
        mediaType: 'application/vnd.cyclonedx+json',
        digest: layer?.digest,
        size: document.length,
        annotations: { 'org.opencontainers.image.title': 'sbom.cdx.json' }
      }
    ],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: { 'org.opencontainers.image.created': '2026-12-08T10:11:12Z' }
  })
  assert.ok((await store.fetchBlob(layer?.digest ?? '')).equals(document), 'bytes as given')
  const { referrers } = await store.listReferrers({
    subjectDigest: subject.digest,
    artifactType: SBOM_MEDIA_TYPES['cyclonedx-json']
  })
  assert.deepEqual(
    referrers.map(item => item.digest),
    [attached.descriptor.digest]
  )
}

test('attachSbom: an oras-shaped SBOM referrer in an OCI layout', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'attach-sbom-'))
  const image = await writeOciLayout({
    dir,
    layers: [[{ name: 'etc/os-release', data: 'ID=debian\n' }]]
  })
  const store = layoutStore({ path: dir })
  await attachAndCheck(store, await store.resolve(image.manifestDigest))
})

for (const kind of registryKinds()) {
  test(`attachSbom: an oras-shaped SBOM referrer on ${kind.name}`, async t => {
    const registry = await kind.start()
    t.after(() => registry.stop())
    const client = createRegistryClient()
    const repo = { registry: registry.host, repository: 'octo/app' }
    const subject = await pushImage({ client, repo, reference: 'v1', ...sampleImage() })
    await attachAndCheck(registryStore({ client, repo }), subject)
  })
}
