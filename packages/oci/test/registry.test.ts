// packages/oci against real registries: Debian's docker-registry (distribution 2.8.2, no referrers
// API: the tag schema) in its three auth modes — anonymous HTTP, TLS + Basic, TLS + bearer
// tokens — and olareg (the OCI 1.1 referrers API, no authentication).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import {
  startReferrersRegistry,
  startRegistry,
  type Registry,
  type ReferrersRegistry
} from '@sign/testenv'
import {
  OciError,
  attachArtifact,
  blobExists,
  createRegistryClient,
  createTransport,
  fetchBlob,
  fetchManifest,
  listTags,
  listReferrers,
  pushBlob,
  referrersTag,
  resolveManifest,
  sha256Digest,
  staticCredentials,
  streamBlob,
  type ImageIndex,
  type ImageManifest
} from '../src/index.ts'
import { pushSampleImage } from './fixtures/sample-image.ts'

const SERVERS: { name: string; start(): Promise<Registry | ReferrersRegistry> }[] = [
  ...(['anonymous', 'basic', 'token'] as const).map(mode => ({
    name: `${mode} distribution 2.8.2`,
    start: () => startRegistry({ mode })
  })),
  { name: 'olareg (referrers API)', start: () => startReferrersRegistry() }
]

for (const server of SERVERS) {
  test(`${server.name}: push, resolve once, pull exact bytes, attach and list referrers`, async t => {
    const registry = await server.start()
    t.after(() => registry.stop())
    const { referrersApi } = registry
    const credentials =
      'credentials' in registry
        ? staticCredentials({ [registry.host]: { kind: 'basic', ...registry.credentials } })
        : // A registry that needs no auth must work when credentials are given anyway.
          staticCredentials({ [registry.host]: { kind: 'basic', username: 'u', password: 'p' } })
    const transport = createTransport()
    const client = createRegistryClient({ credentials, transport })
    const repo = { registry: registry.host, repository: 'sign/app' }

    const image = await pushSampleImage({ client, repo, tag: 'v1' })
    transport.resetStats()
    const resolved = await resolveManifest({ client, repo, reference: 'v1' })
    assert.deepEqual(resolved, image)
    assert.equal(transport.stats().total, 1, 'a tag resolves with one HEAD once authorised')

    const fetched = await fetchManifest({ client, repo, reference: image.digest })
    assert.ok(fetched)
    assert.equal(
      sha256Digest(fetched.bytes),
      image.digest,
      'manifest bytes are exactly the pushed ones'
    )
    const layer = (JSON.parse(fetched.bytes.toString()) as { layers: { digest: string }[] })
      .layers[0]!
    assert.equal(
      sha256Digest(await fetchBlob({ client, repo, digest: layer.digest })),
      layer.digest
    )

    const signature = Buffer.from(JSON.stringify({ signed: randomBytes(8).toString('hex') }))
    const attached = await attachArtifact({
      client,
      repo,
      subject: image,
      artifactType: 'application/vnd.example.signature',
      layers: [{ mediaType: 'application/vnd.example.signature+json', data: signature }],
      annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' }
    })
    // Indexed by the registry where it has the referrers API, else in the tag schema.
    assert.equal(attached.indexedBy, referrersApi ? 'api' : 'tag-schema')
    const firstIndex = await fetchManifest({ client, repo, reference: referrersTag(image.digest) })
    assert.equal(firstIndex === undefined, referrersApi, 'a tag-schema index only without the API')
    const sbom = await attachArtifact({
      client,
      repo,
      subject: image,
      artifactType: 'application/spdx+json',
      layers: [
        { mediaType: 'application/spdx+json', data: Buffer.from('{"spdxVersion":"SPDX-2.3"}') }
      ]
    })
    assert.equal(sbom.indexedBy, attached.indexedBy)
    const all = await listReferrers({ client, repo, subjectDigest: image.digest })
    assert.equal(all.source, referrersApi ? 'api' : 'tag-schema')
    assert.deepEqual(
      all.referrers.map(d => d.digest).sort(),
      [attached.descriptor.digest, sbom.descriptor.digest].sort()
    )
    const onlySignatures = await listReferrers({
      client,
      repo,
      subjectDigest: image.digest,
      artifactType: 'application/vnd.example.signature'
    })
    assert.deepEqual(onlySignatures.referrers, [attached.descriptor])
    assert.equal(
      onlySignatures.referrers[0]!.annotations?.['org.opencontainers.image.created'],
      '2026-01-01T00:00:00Z'
    )
    const referrer = await fetchManifest({ client, repo, reference: attached.descriptor.digest })
    const parsed = JSON.parse(referrer!.bytes.toString()) as ImageManifest
    assert.equal(parsed.subject?.digest, image.digest)
    const tagIndex = await fetchManifest({ client, repo, reference: referrersTag(image.digest) })
    if (referrersApi) {
      assert.equal(tagIndex, undefined, 'no tag-schema index on a registry with the API')
      assert.deepEqual(await listTags({ client, repo }), ['v1'])
    } else {
      // The index revision listing only the first referrer was superseded, and deleted.
      assert.equal((JSON.parse(tagIndex!.bytes.toString()) as ImageIndex).manifests.length, 2)
      assert.equal(await fetchManifest({ client, repo, reference: firstIndex!.digest }), undefined)
      assert.deepEqual(await listTags({ client, repo }), [referrersTag(image.digest), 'v1'].sort())
    }
    assert.deepEqual(await listTags({ client, repo: { ...repo, repository: 'sign/none' } }), [])
  })
}

const BLOB_SERVERS: { name: string; start(): Promise<Registry | ReferrersRegistry> }[] = [
  { name: 'token distribution 2.8.2', start: () => startRegistry({ mode: 'token' }) },
  { name: 'olareg', start: () => startReferrersRegistry() }
]

for (const server of BLOB_SERVERS)
  test(`blobs on ${server.name}: chunked upload, streamed verified download, cross-repository mount`, async t => {
    const registry = await server.start()
    t.after(() => registry.stop())
    const transport = createTransport()
    const client = createRegistryClient({
      ...('credentials' in registry
        ? {
            credentials: staticCredentials({
              [registry.host]: { kind: 'basic', ...registry.credentials }
            })
          }
        : {}),
      transport,
      chunkSize: 4096
    })
    // Not `…/blobs`: olareg keeps each repository as an OCI Layout directory and refuses names
    // with a `blobs` component (see the testenv referrers-registry test).
    const repo = { registry: registry.host, repository: 'sign/chunked' }
    const data = randomBytes(4096 * 3 + 100)
    const digest = sha256Digest(data)
    const result = await pushBlob({
      client,
      repo,
      digest,
      content: {
        size: data.length,
        open: () =>
          Readable.from(
            Array.from({ length: 13 }, (_, i) => data.subarray(i * 1000, (i + 1) * 1000))
          )
      }
    })
    assert.equal(result, 'uploaded')
    assert.equal(
      transport.stats().byOperation['blob.upload.chunk'],
      4,
      'four PATCH chunks of at most 4096 bytes'
    )
    const chunks: Uint8Array[] = []
    for await (const chunk of streamBlob({ client, repo, digest })) chunks.push(chunk)
    assert.ok(Buffer.concat(chunks).equals(data))
    assert.equal(await pushBlob({ client, repo, digest, content: data }), 'exists')

    const other = { registry: registry.host, repository: 'sign/other' }
    assert.equal(
      await pushBlob({ client, repo: other, digest, content: data, mountFrom: repo.repository }),
      'mounted'
    )
    assert.ok(await blobExists({ client, repo: other, digest }))
  })

test('auth failures name the registry and what to give', async t => {
  const basic = await startRegistry({ mode: 'basic' })
  t.after(() => basic.stop())
  const wrong = createRegistryClient({
    credentials: staticCredentials({
      [basic.host]: { kind: 'basic', username: basic.credentials.username, password: 'wrong' }
    })
  })
  await assert.rejects(
    resolveManifest({
      client: wrong,
      repo: { registry: basic.host, repository: 'a/b' },
      reference: 'v1'
    }),
    (error: unknown) =>
      error instanceof OciError &&
      error.code === 'AUTH_FAILED' &&
      error.message.startsWith(`${basic.host} refused the username and password`)
  )
  const none = createRegistryClient()
  await assert.rejects(
    resolveManifest({
      client: none,
      repo: { registry: basic.host, repository: 'a/b' },
      reference: 'v1'
    }),
    /requires a username and password \(Basic auth\) and none was given\. Give credentials for/
  )

  const reader = { username: 'reader', password: 'reader-password', pullOnly: true }
  const token = await startRegistry({ mode: 'token', accounts: [reader] })
  t.after(() => token.stop())
  const pullOnly = createRegistryClient({
    credentials: staticCredentials({ [token.host]: { kind: 'basic', ...reader } })
  })
  const repo = { registry: token.host, repository: 'sign/readonly' }
  await assert.rejects(
    pushBlob({
      client: pullOnly,
      repo,
      digest: sha256Digest(Buffer.from('x')),
      content: Buffer.from('x')
    }),
    (error: unknown) =>
      error instanceof OciError &&
      error.code === 'AUTH_FAILED' &&
      /insufficient_scope/.test(error.message)
  )
  const badToken = createRegistryClient({
    credentials: staticCredentials({
      [token.host]: { kind: 'basic', username: 'reader', password: 'nope' }
    })
  })
  await assert.rejects(
    resolveManifest({ client: badToken, repo, reference: 'v1' }),
    (error: unknown) =>
      error instanceof OciError &&
      error.code === 'AUTH_FAILED' &&
      /token service of .* refused the credentials.*HTTP 401/.test(error.message)
  )
})

for (const server of [SERVERS[0]!, SERVERS[3]!])
  test(`missing content on ${server.name} is NOT_FOUND with the registry, repository and operation in the message`, async t => {
    const registry = await server.start()
    t.after(() => registry.stop())
    const client = createRegistryClient()
    const repo = { registry: registry.host, repository: 'sign/missing' }
    await assert.rejects(resolveManifest({ client, repo, reference: 'nope' }), (error: unknown) => {
      assert.ok(error instanceof OciError)
      assert.equal(error.code, 'NOT_FOUND')
      assert.match(
        error.message,
        new RegExp(`resolve nope on ${registry.host}/sign/missing failed: HTTP 404`)
      )
      return true
    })
    assert.equal(await fetchManifest({ client, repo, reference: 'nope' }), undefined)
  })
