// BuildKit attestation manifests (docker buildx --sbom/--provenance) read from an image index, in
// all four generations, on both registries and from an OCI layout: each statement is found with
// its exact bytes, its platform manifest and its form; the real and documented indexes in
// test/vectors pair each attestation manifest with its platform; an index or statement that says
// one thing and holds another is refused for its own reason.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  BUILDKIT_GENERATIONS,
  buildkitIndex,
  registryKinds,
  sampleImage,
  type BuildkitIndex,
  pushBuildkitIndex
} from '@sign/testenv'
import {
  OciError,
  buildkitAttestationManifests,
  createRegistryClient,
  layoutStore,
  readBuildkitStatements,
  registryStore,
  type ContentStore
} from '../src/index.ts'

const vectors = join(import.meta.dirname, '../../../test/vectors/sbom')
const digestOf = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`

function twoPlatforms(name: string, generation: (typeof BUILDKIT_GENERATIONS)[number]) {
  return buildkitIndex({
    generation,
    name,
    platforms: ['amd64', 'arm64'].map(architecture => ({
      image: sampleImage(),
      platform: { os: 'linux', architecture }
    }))
  })
}

/** Every statement of the index at `tag` in `store`, read as the lifting step reads them. */
async function readAll(store: ContentStore, tag: string) {
  const index = await store.fetchManifest(tag)
  assert.ok(index)
  const attestations = buildkitAttestationManifests({ index })
  const read = []
  for (const attestation of attestations) {
    read.push(...(await readBuildkitStatements({ store, attestation })))
  }
  return { attestations, read }
}

function assertFound(
  built: BuildkitIndex,
  found: Awaited<ReturnType<typeof readAll>>,
  form: string
) {
  assert.equal(found.attestations.length, 2)
  assert.deepEqual(
    found.read.map(s => [s.platform.digest, s.attestationManifest.digest, s.predicateType, s.form]),
    built.statements.map(s => [s.platformDigest, s.attestationDigest, s.predicateType, form])
  )
  for (const [index, statement] of found.read.entries()) {
    assert.ok(statement.payload.equals(built.statements[index]?.payload ?? Buffer.alloc(0)))
  }
}

for (const kind of registryKinds()) {
  test(`every BuildKit generation's statements are read from ${kind.name}`, async t => {
    const registry = await kind.start()
    t.after(() => registry.stop())
    const client = createRegistryClient()
    for (const generation of BUILDKIT_GENERATIONS) {
      const repo = {
        registry: registry.host,
        repository: `buildkit/${generation.replace('.', '-')}`
      }
      const store = registryStore({ client, repo })
      const built = twoPlatforms(`${registry.host}/${repo.repository}:v1`, generation)
      await pushBuildkitIndex({ store, built, tag: 'v1' })
      const found = await readAll(store, 'v1')
      assertFound(built, found, generation === 'v0.32' ? 'oci-artifact' : 'legacy')
      const types = found.read.map(s => s.statementType)
      assert.deepEqual(
        [...new Set(types)],
        [
          generation === 'v0.27' || generation === 'v0.28'
            ? 'https://in-toto.io/Statement/v0.1'
            : 'https://in-toto.io/Statement/v1'
        ]
      )
    }
  })
}

test('statements are read from an OCI layout too', async () => {
  const store = layoutStore({
    path: await mkdtemp(join(tmpdir(), 'buildkit-layout-')),
    create: true
  })
  const built = twoPlatforms('example.com/app:v1', 'v0.31')
  await pushBuildkitIndex({ store, built, tag: 'v1' })
  assertFound(built, await readAll(store, 'v1'), 'legacy')
})

test("the real legacy index and BuildKit's documented OCI-artifact index pair each attestation with its platform", async () => {
  for (const file of [
    'buildx-attestations-gpoulios-testpkg/legacy-image-index.json',
    'buildkit-docs-attestation-storage/image-index.json'
  ]) {
    const bytes = await readFile(join(vectors, file))
    const parsed = JSON.parse(bytes.toString()) as {
      manifests: { digest: string; annotations?: Record<string, string> }[]
    }
    const [platform, attestation] = parsed.manifests
    const found = buildkitAttestationManifests({
      index: {
        bytes,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        digest: digestOf(bytes)
      }
    })
    assert.deepEqual(
      found.map(pair => [pair.descriptor.digest, pair.platform.digest]),
      [[attestation?.digest, platform?.digest]],
      file
    )
  }
})

test('a single manifest has no attestations, and another reference type is not one', () => {
  const image = sampleImage()
  assert.deepEqual(
    buildkitAttestationManifests({
      index: { bytes: image.manifest, mediaType: image.mediaType, digest: image.digest }
    }),
    []
  )
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: image.mediaType,
          digest: image.digest,
          size: 1,
          platform: { os: 'linux', architecture: 'amd64' }
        },
        {
          mediaType: image.mediaType,
          digest: digestOf(Buffer.from('x')),
          size: 1,
          annotations: {
            'vnd.docker.reference.type': 'something-else',
            'vnd.docker.reference.digest': image.digest
          }
        }
      ]
    })
  )
  const index = {
    bytes,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    digest: digestOf(bytes)
  }
  assert.deepEqual(buildkitAttestationManifests({ index }), [])
})

/** A layout holding `built` after `tamper` changed it; what reading its index throws. */
async function readTampered(tamper: (built: BuildkitIndex) => void): Promise<OciError> {
  const store = layoutStore({ path: await mkdtemp(join(tmpdir(), 'buildkit-bad-')), create: true })
  const built = twoPlatforms('example.com/app:v1', 'v0.32')
  tamper(built)
  await pushBuildkitIndex({ store, built, tag: 'v1' })
  const error = await readAll(store, 'v1').then(
    () => assert.fail('read without error'),
    (cause: unknown) => cause
  )
  assert.ok(error instanceof OciError, String(error))
  return error
}

/** Points every descriptor in `json` that names `from` at `to` (digest and size). */
function repoint(json: Buffer, from: string, to: { digest: string; size: number }): Buffer {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (value === null || typeof value !== 'object') return value
    const entries = Object.entries(value).map(([key, inner]) => [key, walk(inner)] as const)
    const object = Object.fromEntries(entries) as { digest?: unknown }
    return object.digest === from ? { ...object, ...to } : object
  }
  return Buffer.from(JSON.stringify(walk(JSON.parse(json.toString()))))
}

/**
 * Replaces the blob or manifest `digest` of `built` with `data`, and re-points the manifests
 * and the index that list it, so the store holds a consistent graph around the tampered part.
 */
function replace(built: BuildkitIndex, digest: string, data: Buffer): void {
  const to = { digest: digestOf(data), size: data.length }
  for (const blob of built.blobs) if (blob.digest === digest) Object.assign(blob, { ...to, data })
  for (const manifest of built.manifests) {
    if (manifest.digest === digest) Object.assign(manifest, { digest: to.digest, data })
    else if (manifest.data.includes(digest)) {
      const old = manifest.digest
      const changed = repoint(manifest.data, digest, to)
      Object.assign(manifest, { digest: digestOf(changed), data: changed })
      built.index.data = repoint(built.index.data, old, {
        digest: manifest.digest,
        size: changed.length
      })
    }
  }
  built.index.data = repoint(built.index.data, digest, to)
}

test('hostile indexes and statements are refused, each for its reason', async () => {
  // The index names a platform it does not list.
  let error = await readTampered(built => {
    const other = sampleImage().digest
    built.index.data = Buffer.from(
      built.index.data
        .toString()
        .replace(/("vnd\.docker\.reference\.digest":")sha256:[0-9a-f]{64}/, `$1${other}`)
    )
  })
  assert.equal(error.code, 'INVALID_CONTENT')
  assert.match(
    error.message,
    /names "sha256:[0-9a-f]{64}" in vnd\.docker\.reference\.digest, which is not a platform manifest of that index/
  )

  // A statement about another image.
  error = await readTampered(built => {
    const [first] = built.statements
    assert.ok(first)
    const statement = JSON.parse(first.payload.toString()) as {
      subject: { digest: { sha256: string } }[]
    }
    statement.subject[0] = { ...statement.subject[0], digest: { sha256: 'ab'.repeat(32) } }
    replace(built, digestOf(first.payload), Buffer.from(JSON.stringify(statement)))
  })
  assert.match(
    error.message,
    /is about sha256:"?abab[0-9a-f]*"?, not only the platform manifest sha256:/
  )

  // A layer annotation that says SPDX over a provenance statement.
  error = await readTampered(built => {
    const second = built.statements[1]
    assert.ok(second)
    const statement = JSON.parse(second.payload.toString()) as { predicateType: string }
    statement.predicateType = 'https://example.com/other'
    replace(built, digestOf(second.payload), Buffer.from(JSON.stringify(statement)))
  })
  assert.match(
    error.message,
    /has predicateType "https:\/\/example\.com\/other", but its layer says "https:\/\/slsa\.dev\/provenance\/v1"/
  )

  // A DSSE envelope where a bare statement belongs.
  error = await readTampered(built => {
    const [first] = built.statements
    assert.ok(first)
    const envelope = {
      payloadType: 'application/vnd.in-toto+json',
      payload: first.payload.toString('base64'),
      signatures: []
    }
    replace(built, digestOf(first.payload), Buffer.from(JSON.stringify(envelope)))
  })
  assert.match(
    error.message,
    /has no _type, not an in-toto Statement \(https:\/\/in-toto\.io\/Statement\/v0\.1 or https:\/\/in-toto\.io\/Statement\/v1\); a DSSE envelope or another document is not lifted/
  )

  // An OCI-artifact attestation manifest whose subject is another manifest.
  error = await readTampered(built => {
    const attestation = built.manifests.find(m => m.data.includes('"subject"'))
    assert.ok(attestation)
    const manifest = JSON.parse(attestation.data.toString()) as { subject: { digest: string } }
    manifest.subject.digest = sampleImage().digest
    replace(built, attestation.digest, Buffer.from(JSON.stringify(manifest)))
  })
  assert.match(
    error.message,
    /has subject "?sha256:[0-9a-f]{64}"?, not the platform manifest sha256:[0-9a-f]{64} the index names/
  )
})

test('a statement over the limit is refused before it is read', async () => {
  const store = layoutStore({ path: await mkdtemp(join(tmpdir(), 'buildkit-big-')), create: true })
  const built = twoPlatforms('example.com/app:v1', 'v0.31')
  await pushBuildkitIndex({ store, built, tag: 'v1' })
  const index = await store.fetchManifest('v1')
  assert.ok(index)
  const [attestation] = buildkitAttestationManifests({ index })
  assert.ok(attestation)
  const error = await readBuildkitStatements({ store, attestation, maxStatementBytes: 100 }).then(
    () => assert.fail('read'),
    (cause: unknown) => cause as OciError
  )
  assert.equal(error.code, 'TOO_LARGE')
  assert.match(error.message, /is "\d+" bytes, over the 100-byte read limit/)
})
