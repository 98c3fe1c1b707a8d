// What one attach costs, counted at the registry from its own request log: on a registry without
// the referrers API (distribution 2.8.2, tag schema) and on one with it (olareg). The protocol's
// minimum is the config check, the layer's upload (POST + PUT) and the manifest PUT; on the tag
// schema also the index read and write, and settling the index costs one more read. With the API
// the registry indexes the referrer itself: 4 requests, once the client knows the API is there.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startReferrersRegistry, startRegistry, type OpenRegistry } from '@sign/testenv'
import { attachArtifact, createRegistryClient, listReferrers, referrersTag } from '../src/index.ts'
import { pushSampleImage } from './fixtures/sample-image.ts'

/**
 * `METHOD kind` of each request the registry logged after byte `from`, in order, once there are
 * `atLeast` (a registry writes its line just after it answers) or a second has passed.
 */
async function loggedRequests(
  registry: OpenRegistry,
  from: number,
  atLeast: number
): Promise<string[]> {
  const deadline = Date.now() + 1000
  for (;;) {
    const lines = registry
      .loggedRequests({ from })
      .map(({ method, path, status }) => `${method} ${kindOf(path)}${status === 404 ? ' 404' : ''}`)
    if (lines.length >= atLeast || Date.now() > deadline) return lines
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

/** blob, upload, referrers-tag, manifest or referrers-api, from a /v2/ path. */
function kindOf(path: string): string {
  if (/\/blobs\/uploads\//.test(path)) return 'upload'
  if (/\/blobs\//.test(path)) return 'blob'
  if (/\/manifests\/sha256-[0-9a-f]{64}$/.test(path)) return 'referrers-tag'
  if (/\/manifests\//.test(path)) return 'manifest'
  if (/\/referrers\//.test(path)) return 'referrers-api'
  return path
}

/**
 * The requests as a list whose first `parallel` — the blob requests, sent side by side — are
 * sorted, since either blob may reach the registry first.
 */
function inSteps(requests: string[], parallel = 3): string[] {
  return [...requests.slice(0, parallel).sort(), ...requests.slice(parallel)]
}

const signature = (i: number) => ({
  artifactType: 'application/vnd.example.sig',
  layers: [{ mediaType: 'application/vnd.example.sig', data: Buffer.from(`signature ${i}`) }]
})

test('tag schema: 7 requests for an image without referrers, 8 when an index is replaced', async t => {
  const registry = await startRegistry({ mode: 'anonymous' })
  t.after(() => registry.stop())
  const client = createRegistryClient()
  const repo = { registry: registry.host, repository: 'sign/count' }
  const warm = await pushSampleImage({ client, repo, tag: 'warm' })
  // The first attach of a client learns that the registry has no referrers API, once.
  await attachArtifact({ client, repo, subject: warm, ...signature(0) })
  const subject = await pushSampleImage({ client, repo, tag: 'v1' })

  let from = registry.logOffset()
  const first = await attachArtifact({ client, repo, subject, ...signature(1) })
  assert.equal(first.indexedBy, 'tag-schema')
  assert.deepEqual(inSteps(await loggedRequests(registry, from, 7)), [
    'HEAD blob', // the empty config: the repository has it
    'POST upload', // the signature layer, new by nature: no HEAD first
    'PUT upload',
    'PUT manifest',
    'GET referrers-tag 404', // no index yet
    'PUT referrers-tag',
    'GET referrers-tag' // settled: still our revision after the window
  ])

  from = registry.logOffset()
  const second = await attachArtifact({ client, repo, subject, ...signature(2) })
  assert.deepEqual(inSteps(await loggedRequests(registry, from, 8)), [
    'HEAD blob',
    'POST upload',
    'PUT upload',
    'PUT manifest',
    'GET referrers-tag',
    'PUT referrers-tag',
    'GET referrers-tag',
    'DELETE manifest' // the revision it replaced
  ])
  const { referrers } = await listReferrers({ client, repo, subjectDigest: subject.digest })
  assert.deepEqual(
    referrers.map(d => d.digest).sort(),
    [first.descriptor.digest, second.descriptor.digest].sort()
  )
})

test('referrers API (olareg): 7 requests for the first attach, which learns the API is there; 4 after, no tag schema', async t => {
  const registry = await startReferrersRegistry()
  t.after(() => registry.stop())
  t.diagnostic(registry.server)
  const client = createRegistryClient()
  const repo = { registry: registry.host, repository: 'sign/api-count' }
  const subject = await pushSampleImage({ client, repo, tag: 'v1' })

  let from = registry.logOffset()
  const first = await attachArtifact({ client, repo, subject, ...signature(1) })
  assert.equal(first.indexedBy, 'api')
  assert.deepEqual(inSteps(await loggedRequests(registry, from, 7), 5), [
    'HEAD blob 404', // the empty config: not in this repository yet
    'POST upload', // so it is uploaded, side by side with the layer
    'POST upload',
    'PUT upload',
    'PUT upload',
    'PUT manifest', // answered with OCI-Subject: the registry indexed it
    'GET referrers-api' // once per client and repository: the API is really there (ECR was not)
  ])

  from = registry.logOffset()
  const second = await attachArtifact({ client, repo, subject, ...signature(2) })
  assert.equal(second.indexedBy, 'api')
  assert.deepEqual(inSteps(await loggedRequests(registry, from, 4)), [
    'HEAD blob',
    'POST upload',
    'PUT upload',
    'PUT manifest'
  ])
  await new Promise(resolve => setTimeout(resolve, 300))
  assert.equal(registry.loggedRequests({ from }).length, 4, 'nothing after the manifest PUT')

  from = registry.logOffset()
  const { referrers, source } = await listReferrers({ client, repo, subjectDigest: subject.digest })
  assert.equal(source, 'api')
  assert.deepEqual(
    referrers.map(d => d.digest).sort(),
    [first.descriptor.digest, second.descriptor.digest].sort()
  )
  assert.deepEqual(await loggedRequests(registry, from, 1), ['GET referrers-api'])
  const tag = referrersTag(subject.digest)
  assert.ok(
    registry.loggedRequests().every(r => !r.path.endsWith(`/manifests/${tag}`)),
    'the referrers tag was never read or written'
  )
})
