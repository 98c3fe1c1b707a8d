// The registry WITH the OCI 1.1 referrers API (olareg, startReferrersRegistry): it starts on a
// free loopback port, answers /v2/, indexes a manifest pushed with a subject by itself (OCI-Subject
// on the PUT, listed by GET /referrers/ with the artifactType filter applied and said so in
// OCI-Filters-Applied), logs every request it answers, serves HTTPS from the test CA when asked,
// retries a taken port, reports a failed start with olareg's own words, and stop() ends the
// process and removes its directory. Also: both open registries from
// registryKinds() start and say which of them has the API.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:net'
import {
  closeServer,
  listenOnLoopback,
  referenceTool,
  RegistryStartError,
  registryKinds,
  startReferrersRegistry,
  type RunningRegistry
} from '../src/index.ts'
import { createRegistryClient, OCI_MANIFEST, sha256Digest } from './registry-client.ts'
import { pushTestImage, testImage } from './registry-image.ts'

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const SIGNATURE_TYPE = 'application/vnd.example.signature'
const EMPTY_CONFIG = Buffer.from('{}')

interface ReferrersList {
  mediaType: string
  manifests: { digest: string; artifactType?: string; annotations?: Record<string, string> }[]
}

/** stop() ends the process (its pid is gone) and removes the temp directory. */
async function assertStops(registry: RunningRegistry): Promise<void> {
  assert.ok(existsSync(registry.directory))
  process.kill(registry.pid, 0) // alive: throws otherwise
  await registry.stop()
  assert.throws(() => process.kill(registry.pid, 0), { code: 'ESRCH' })
  assert.equal(existsSync(registry.directory), false)
}

test('olareg: /v2/ answers, a manifest with a subject is listed by the referrers API with the filter applied, stop cleans up', async t => {
  const tool = referenceTool({ name: 'olareg' })
  t.diagnostic(`${tool.name} ${tool.version}`)
  const registry = await startReferrersRegistry()
  t.after(() => registry.stop())
  assert.equal(registry.server, `olareg ${tool.version}`)
  assert.equal(registry.referrersApi, true)
  assert.equal(registry.url, `http://127.0.0.1:${registry.port}`)
  assert.deepEqual(registry.dockerConfig(), { auths: { [registry.host]: {} } })

  const v2 = await fetch(`${registry.url}/v2/`)
  assert.equal(v2.status, 200)
  assert.equal(v2.headers.get('docker-distribution-api-version'), 'registry/2.0')

  const client = createRegistryClient({ url: registry.url })
  const repository = 'sign/smoke'
  const subject = await pushTestImage({ client, repository, tag: 'v1', image: testImage() })

  const from = registry.logOffset()
  await client.pushBlob({ repository, data: EMPTY_CONFIG })
  const referrer = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: SIGNATURE_TYPE,
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: sha256Digest(EMPTY_CONFIG),
        size: EMPTY_CONFIG.length
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.empty.v1+json',
          digest: sha256Digest(EMPTY_CONFIG),
          size: EMPTY_CONFIG.length
        }
      ],
      subject: { mediaType: OCI_MANIFEST, digest: subject, size: 0 },
      annotations: { purpose: 'smoke' }
    })
  )
  const referrerDigest = sha256Digest(referrer)
  const put = await client.request(`/v2/${repository}/manifests/${referrerDigest}`, {
    method: 'PUT',
    headers: { 'content-type': OCI_MANIFEST },
    body: referrer
  })
  assert.equal(put.status, 201, await put.text())
  assert.equal(put.headers.get('oci-subject'), subject, 'the registry says it indexed the subject')

  const filtered = await client.request(
    `/v2/${repository}/referrers/${subject}?artifactType=${encodeURIComponent(SIGNATURE_TYPE)}`
  )
  assert.equal(filtered.status, 200)
  assert.equal(filtered.headers.get('oci-filters-applied'), 'artifactType')
  const list = (await filtered.json()) as ReferrersList
  assert.equal(list.mediaType, OCI_INDEX)
  assert.deepEqual(
    list.manifests.map(m => [m.digest, m.artifactType, m.annotations?.['purpose']]),
    [[referrerDigest, SIGNATURE_TYPE, 'smoke']]
  )

  const other = await client.request(
    `/v2/${repository}/referrers/${subject}?artifactType=application%2Fvnd.example.sbom`
  )
  assert.equal(other.headers.get('oci-filters-applied'), 'artifactType')
  assert.deepEqual(((await other.json()) as ReferrersList).manifests, [])

  await waitFor(() => registry.loggedRequests({ from }).at(-1)?.query.includes('sbom') === true)
  const logged = registry
    .loggedRequests({ from })
    .map(r => `${r.method} ${r.path.replace(/sha256:[0-9a-f]{64}/g, '<digest>')} ${r.status}`)
  assert.deepEqual(logged.slice(-2), [
    `GET /v2/${repository}/referrers/<digest> 200`,
    `GET /v2/${repository}/referrers/<digest> 200`
  ])
  assert.ok(logged.includes(`PUT /v2/${repository}/manifests/<digest> 201`), logged.join('\n'))
  const query = registry.loggedRequests({ from }).at(-1)?.query
  assert.equal(query, 'artifactType=application%2Fvnd.example.sbom')

  // olareg keeps each repository as an OCI Layout directory (index.json, oci-layout, blobs/), so
  // it refuses repository names with such a component (internal/store/dir.go, ErrRepoNotAllowed).
  const refused = await fetch(`${registry.url}/v2/sign/blobs/blobs/${subject}`)
  assert.equal(refused.status, 400)
  assert.match(await refused.text(), /NAME_INVALID.*repository name is not allowed/)

  await assertStops(registry)
})

test('olareg: a taken port is retried on another one; tls serves HTTPS from the test CA', async t => {
  const squatter = createServer(socket => socket.destroy())
  const { port: taken } = await listenOnLoopback(squatter)
  t.after(() => closeServer(squatter))
  const registry = await startReferrersRegistry({ port: taken, tls: true })
  t.after(() => registry.stop())
  assert.notEqual(registry.port, taken)
  assert.match(readFileSync(registry.logPath, 'utf8'), /bind: address already in use/)
  assert.equal(registry.url, `https://127.0.0.1:${registry.port}`)
  assert.match(registry.caPem ?? '', /BEGIN CERTIFICATE/)
  const v2 = await fetch(`${registry.url}/v2/`)
  assert.equal(v2.status, 200)
  assert.equal(v2.headers.get('docker-distribution-api-version'), 'registry/2.0')
  await assertStops(registry)
})

test('olareg: a process that exits at start-up is reported with its log tail, no directory left', async t => {
  const saved = process.env['TMPDIR']
  const privateTmp = mkdtempSync(join(tmpdir(), 'olareg-test-'))
  process.env['TMPDIR'] = privateTmp
  t.after(() => {
    if (saved === undefined) delete process.env['TMPDIR']
    else process.env['TMPDIR'] = saved
    rmSync(privateTmp, { recursive: true, force: true })
  })
  await assert.rejects(startReferrersRegistry({ port: 70_000 }), (error: unknown) => {
    assert.ok(error instanceof RegistryStartError)
    assert.equal(error.code, 'EXITED')
    // olareg's main prints the error of its command and returns: the exit code stays 0.
    assert.match(error.message, /^olareg exited with code 0 before answering/)
    assert.match(error.message, /listen tcp: address 70000: invalid port/, 'the log tail')
    return true
  })
  assert.deepEqual(readdirSync(privateTmp), [])
})

test('registryKinds: distribution without the referrers API, olareg with it', async t => {
  const kinds = registryKinds()
  assert.deepEqual(
    kinds.map(k => k.referrersApi),
    [false, true]
  )
  for (const kind of kinds) {
    const registry = await kind.start()
    t.after(() => registry.stop())
    assert.equal(registry.referrersApi, kind.referrersApi, kind.name)
    assert.equal(registry.mode, 'anonymous')
    // What the API's presence looks like on the wire: distribution 2.8 has no such route (404).
    const digest = sha256Digest(Buffer.from('no such subject'))
    const from = registry.logOffset()
    const answer = await fetch(`${registry.url}/v2/sign/kinds/referrers/${digest}`)
    await answer.arrayBuffer()
    assert.equal(answer.status, kind.referrersApi ? 200 : 404, kind.name)
    await waitFor(() => registry.loggedRequests({ from }).length > 0)
    assert.deepEqual(
      registry.loggedRequests({ from }).map(r => [r.method, r.path, r.status]),
      [['GET', `/v2/sign/kinds/referrers/${digest}`, answer.status]],
      `${kind.name} logs the request it answered`
    )
    await assertStops(registry)
  }
})

/** Waits up to a second for `ready` (a registry logs a request just after answering it). */
async function waitFor(ready: () => boolean): Promise<void> {
  const deadline = Date.now() + 1000
  while (!ready() && Date.now() < deadline) await new Promise(r => setTimeout(r, 20))
}
