// Bounded reads against hostile registries: bodies that never end, Content-Lengths of 10 GiB,
// referrers that paginate forever, and indexes whose entries are not descriptors. Each server is
// scripted, because the point is a registry that misbehaves, which the real one never does.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import type { ServerResponse } from 'node:http'
import {
  MAX_MANIFEST_BYTES,
  MAX_REFERRERS,
  MAX_REFERRER_PAGES,
  OCI_INDEX,
  OCI_MANIFEST,
  OciError,
  createRegistryClient,
  fetchBlob,
  fetchManifest,
  listReferrers,
  referrersTag,
  sha256Digest,
  staticCredentials
} from '../src/index.ts'
import { ENDLESS_CHUNK, ENDLESS_STOP, writeEndlessBody } from './fixtures/endless-body.ts'
import {
  startRecordingServer,
  type RecordedRequest,
  type RecordingHandler
} from './fixtures/recording-server.ts'

const SUBJECT = sha256Digest(Buffer.from('subject'))
const REPO = 'sign/app'

/** A scripted registry: /v2/ answers 200, everything else goes to `handle`. */
async function hostileRegistry(t: TestContext, handle: RecordingHandler) {
  const server = await startRecordingServer({
    handle: (request, response) => {
      if (request.url === '/v2/') {
        response.writeHead(200, { 'content-length': '0' })
        response.end()
        return
      }
      return handle(request, response)
    }
  })
  t.after(() => server.stop())
  const client = createRegistryClient()
  return { server, client, repo: { registry: server.host, repository: REPO } }
}

const isTooLarge = (message: string) => (error: unknown) =>
  error instanceof OciError && error.code === 'TOO_LARGE' && error.message === message

const isInvalid = (message: string) => (error: unknown) =>
  error instanceof OciError && error.code === 'INVALID_CONTENT' && error.message === message

function endless(response: ServerResponse, headers: Record<string, string>): Promise<number> {
  response.writeHead(200, headers)
  return writeEndlessBody({ response })
}

test('an endless manifest body is cut off at 4 MiB while streaming, the connection closed', async t => {
  let written: Promise<number> | undefined
  const { client, repo } = await hostileRegistry(t, (_request, response) => {
    written = endless(response, { 'content-type': OCI_MANIFEST })
  })
  const started = Date.now()
  await assert.rejects(
    fetchManifest({ client, repo, reference: 'v1' }),
    isTooLarge(
      `manifest.get on ${repo.registry}/${REPO}: the response body is over the 4 MiB limit; refusing to read it`
    )
  )
  const sent = await written
  assert.ok(sent !== undefined && sent < ENDLESS_STOP, `the server stopped early (${sent} bytes)`)
  // What the client took, plus what the two socket buffers on loopback hold at most.
  assert.ok(
    sent < MAX_MANIFEST_BYTES + ENDLESS_CHUNK + 8 * 1024 * 1024,
    `about 4 MiB read, not ${sent} bytes`
  )
  assert.ok(Date.now() - started < 10_000)
})

test('a Content-Length over the limit is refused before the body is read', async t => {
  let written: Promise<number> | undefined
  const { client, repo } = await hostileRegistry(t, (_request, response) => {
    written = endless(response, {
      'content-type': OCI_MANIFEST,
      'content-length': String(10 * 1024 ** 3)
    })
  })
  await assert.rejects(
    fetchManifest({ client, repo, reference: 'v1' }),
    isTooLarge(
      `manifest.get on ${repo.registry}/${REPO}: the response body is over the 4 MiB limit (Content-Length "10737418240"); refusing to read it`
    )
  )
  const sent = await written
  assert.ok(sent !== undefined && sent < 8 * 1024 * 1024, `nothing read (${sent} bytes sent)`)
})

test('an endless error body: the error is raised after at most 64 KiB of it', async t => {
  let written: Promise<number> | undefined
  const { client, repo } = await hostileRegistry(t, (_request, response) => {
    response.writeHead(400, { 'content-type': 'text/plain' })
    written = writeEndlessBody({ response })
  })
  await assert.rejects(
    fetchManifest({ client, repo, reference: 'v1' }),
    (error: unknown) =>
      error instanceof OciError &&
      error.code === 'REGISTRY_ERROR' &&
      error.status === 400 &&
      error.message === `manifest.get on ${repo.registry}/${REPO} failed: HTTP 400`
  )
  const sent = await written
  assert.ok(sent !== undefined && sent < 8 * 1024 * 1024, `the server stopped early (${sent})`)
})

test('an endless token response is cut off at 1 MiB', async t => {
  const realm = await startRecordingServer({
    handle: (_request, response) => {
      void endless(response, { 'content-type': 'application/json' })
    }
  })
  t.after(() => realm.stop())
  const registry = await startRecordingServer({
    handle: (_request, response) => {
      response.writeHead(401, {
        'www-authenticate': `Bearer realm="${realm.origin}/token",service="r"`,
        'content-length': '0'
      })
      response.end()
    }
  })
  t.after(() => registry.stop())
  const client = createRegistryClient({
    credentials: staticCredentials({
      [registry.host]: { kind: 'basic', username: 'u', password: 'p' }
    })
  })
  await assert.rejects(
    fetchManifest({ client, repo: { registry: registry.host, repository: REPO }, reference: 'v1' }),
    isTooLarge(
      `auth.token on the token service of ${registry.host} (${realm.host}): the response body is over the 1 MiB limit; refusing to read it`
    )
  )
})

test('a blob read with maxBytes stops at the limit', async t => {
  let written: Promise<number> | undefined
  const { client, repo } = await hostileRegistry(t, (_request, response) => {
    written = endless(response, { 'content-type': 'application/octet-stream' })
  })
  await assert.rejects(
    fetchBlob({ client, repo, digest: SUBJECT, maxBytes: 1024 }),
    isTooLarge(
      `blob.get on ${repo.registry}/${REPO}: blob ${SUBJECT} is over the 1 KiB limit; refusing to read it`
    )
  )
  assert.ok(((await written) ?? ENDLESS_STOP) < ENDLESS_STOP)
})

const descriptor = (i: number) => ({
  mediaType: OCI_MANIFEST,
  digest: sha256Digest(Buffer.from(`referrer ${i}`)),
  size: 100,
  artifactType: 'application/vnd.example'
})

function json(response: ServerResponse, value: unknown, headers: Record<string, string> = {}) {
  const body = Buffer.from(JSON.stringify(value))
  response.writeHead(200, {
    'content-type': 'application/json',
    'content-length': String(body.length),
    ...headers
  })
  response.end(body)
}

const referrersRequests = (requests: RecordedRequest[]) =>
  requests.filter(r => r.url.startsWith(`/v2/${REPO}/referrers/`))

test(`referrers that paginate forever: refused after ${MAX_REFERRER_PAGES} pages`, async t => {
  let page = 0
  const { server, client, repo } = await hostileRegistry(t, (_request, response) => {
    page++
    json(
      response,
      { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [descriptor(page)] },
      { link: `</v2/${REPO}/referrers/${SUBJECT}?page=${page}>; rel="next"` }
    )
  })
  await assert.rejects(
    listReferrers({ client, repo, subjectDigest: SUBJECT }),
    isTooLarge(
      `referrers.list on ${repo.registry}/${REPO}: the referrers of ${SUBJECT} run past ${MAX_REFERRER_PAGES} pages; refusing to read more (the limit is ${MAX_REFERRERS} referrers in ${MAX_REFERRER_PAGES} pages)`
    )
  )
  assert.equal(referrersRequests(server.requests).length, MAX_REFERRER_PAGES)
})

test(`more than ${MAX_REFERRERS} referrers for one subject are refused`, async t => {
  const { client, repo } = await hostileRegistry(t, (request, response) => {
    const page = Number(new URL(request.url, 'http://x').searchParams.get('page') ?? 0)
    json(
      response,
      {
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: Array.from({ length: 4000 }, (_, i) => descriptor(page * 4000 + i))
      },
      { link: `</v2/${REPO}/referrers/${SUBJECT}?page=${page + 1}>; rel="next"` }
    )
  })
  await assert.rejects(
    listReferrers({ client, repo, subjectDigest: SUBJECT }),
    isTooLarge(
      `referrers.list on ${repo.registry}/${REPO}: ${SUBJECT} has more than ${MAX_REFERRERS} referrers; refusing to read more`
    )
  )
})

for (const [name, entry, problem] of [
  ['a null entry', null, 'null, not a descriptor'],
  ['a string entry', 'sha256:abc', 'not an object'],
  ['no mediaType', { digest: SUBJECT, size: 1 }, 'no mediaType'],
  [
    'a digest outside the grammar',
    { mediaType: OCI_MANIFEST, digest: '../../etc/passwd', size: 1 },
    'the digest "../../etc/passwd" is not of the form algorithm:encoded'
  ],
  [
    'a negative size',
    { mediaType: OCI_MANIFEST, digest: SUBJECT, size: -1 },
    'no valid size (a non-negative integer)'
  ],
  [
    'a size beyond safe integers',
    { mediaType: OCI_MANIFEST, digest: SUBJECT, size: 2 ** 60 },
    'no valid size (a non-negative integer)'
  ]
] as const) {
  test(`a referrers response with ${name} is malformed`, async t => {
    const { client, repo } = await hostileRegistry(t, (_request, response) => {
      json(response, { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [descriptor(1), entry] })
    })
    await assert.rejects(
      listReferrers({ client, repo, subjectDigest: SUBJECT }),
      isInvalid(
        `the referrers of ${SUBJECT} on ${repo.registry}/${REPO} (page 1) is malformed: manifests[1] is invalid (${problem})`
      )
    )
  })
}

test('a referrers tag-schema index with a null entry is malformed', async t => {
  const tag = referrersTag(SUBJECT)
  const index = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [null] })
  )
  const { client, repo } = await hostileRegistry(t, (request, response) => {
    if (request.url === `/v2/${REPO}/manifests/${tag}`) {
      response.writeHead(200, {
        'content-type': OCI_INDEX,
        'docker-content-digest': sha256Digest(index),
        'content-length': String(index.length)
      })
      response.end(index)
      return
    }
    response.writeHead(404, { 'content-length': '0' })
    response.end()
  })
  await assert.rejects(
    listReferrers({ client, repo, subjectDigest: SUBJECT }),
    isInvalid(
      `the referrers tag ${tag} of ${repo.registry}/${REPO} is malformed: manifests[0] is invalid (null, not a descriptor)`
    )
  )
})
