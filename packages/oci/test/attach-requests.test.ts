// What one attach costs, counted at the registry: on a registry without the referrers API
// (distribution 2.8.2, tag schema) and on one with it (the scripted responder). The protocol's
// minimum is the config check, the layer's upload (POST + PUT), the manifest PUT, and on the tag
// schema the index read and write; settling the index costs one more read.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { startRegistry } from '@sign/testenv'
import { attachArtifact, createRegistryClient, listReferrers } from '../src/index.ts'
import { startReferrersApiResponder } from './fixtures/referrers-api-responder.ts'
import { pushSampleImage } from './fixtures/sample-image.ts'

/**
 * `METHOD kind` of each request the registry logged after byte `from`, in order, once there are
 * `atLeast` (the registry writes a line just after it answers) or a second has passed.
 */
async function loggedRequests(logPath: string, from: number, atLeast: number): Promise<string[]> {
  const deadline = Date.now() + 1000
  for (;;) {
    const lines = logLines(logPath, from)
    if (lines.length >= atLeast || Date.now() > deadline) return lines
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

function logLines(logPath: string, from: number): string[] {
  return readFileSync(logPath)
    .subarray(from)
    .toString()
    .split('\n')
    .map(line => /^127\.0\.0\.1 - - \[[^\]]*\] "(\w+) ([^ ]+) /.exec(line))
    .filter(match => match !== null)
    .map(([, method, path]) => `${method} ${kindOf(path ?? '')}`)
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
 * The requests as a list whose first three — the config's HEAD and the layer's POST and PUT,
 * sent side by side — are sorted, since either blob may reach the registry first.
 */
function inSteps(requests: string[]): string[] {
  return [...requests.slice(0, 3).sort(), ...requests.slice(3)]
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

  let from = readFileSync(registry.logPath).byteLength
  const first = await attachArtifact({ client, repo, subject, ...signature(1) })
  assert.equal(first.indexedBy, 'tag-schema')
  assert.deepEqual(inSteps(await loggedRequests(registry.logPath, from, 7)), [
    'HEAD blob', // the empty config: the repository has it
    'POST upload', // the signature layer, new by nature: no HEAD first
    'PUT upload',
    'PUT manifest',
    'GET referrers-tag', // 404: no index yet
    'PUT referrers-tag',
    'GET referrers-tag' // settled: still our revision after the window
  ])

  from = readFileSync(registry.logPath).byteLength
  const second = await attachArtifact({ client, repo, subject, ...signature(2) })
  assert.deepEqual(inSteps(await loggedRequests(registry.logPath, from, 8)), [
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

test('referrers API: 4 requests per attach, the protocol minimum, once support is known', async t => {
  const responder = await startReferrersApiResponder({})
  t.after(() => responder.stop())
  const client = createRegistryClient()
  const repo = { registry: responder.host, repository: 'sign/api-count' }
  const subject = await pushSampleImage({ client, repo, tag: 'v1' })
  const first = await attachArtifact({ client, repo, subject, ...signature(1) })
  assert.equal(first.indexedBy, 'api')
  responder.requests.length = 0
  const second = await attachArtifact({ client, repo, subject, ...signature(2) })
  assert.equal(second.indexedBy, 'api')
  assert.deepEqual(
    inSteps(responder.requests.map(r => r.split(' ')[0] ?? '')),
    ['HEAD', 'POST', 'PUT', 'PUT'],
    responder.requests.join('\n')
  )
})
