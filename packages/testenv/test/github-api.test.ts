// The attestations API responder: it stores a real bundle and lists it back by subject digest, and
// refuses as GitHub documents — 401 for a missing or unknown token, 404 for a repository the token
// cannot see, 403 without attestations write, 400 for an unsupported API version or a body that
// is not JSON, 422 "Validation Failed" with `errors` for what is not an attestation bundle — each
// with GitHub's error body. Injected 5xx answers come first, then it answers again.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import {
  makeAttestationBundle,
  startGithubApi,
  startOidcIssuer,
  startSigstoreStack,
  type GithubApi,
  type InTotoStatement,
  type OidcIssuer,
  type SigstoreStack
} from '../src/index.ts'

const WRITER = 'ghs_writer0000000000000000000000000000'
const READER = 'ghs_reader0000000000000000000000000000'
const STRANGER = 'ghs_stranger00000000000000000000000000'
const REPOSITORY = 'octo-org/octo-repo'
const hex = createHash('sha256').update('app.tgz contents').digest('hex')
const statement: InTotoStatement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'app.tgz', digest: { sha256: hex } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: {}, runDetails: {} }
}

let oidc: OidcIssuer
let stack: SigstoreStack
let api: GithubApi
let bundle: Record<string, unknown>

before(async () => {
  oidc = await startOidcIssuer()
  stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  api = await startGithubApi({
    tokens: {
      [WRITER]: { repositories: [REPOSITORY], attestationsWrite: true },
      [READER]: { repositories: [REPOSITORY], attestationsWrite: false },
      [STRANGER]: { repositories: ['octo-org/other'], attestationsWrite: true }
    }
  })
  bundle = { ...(await makeAttestationBundle({ stack, oidc, statement })) }
})
after(async () => {
  await api.stop()
  await stack.stop()
  await oidc.stop()
})

interface Answer {
  status: number
  headers: Headers
  body: Record<string, unknown>
}

async function call(options: {
  method?: string
  path: string
  token?: string
  scheme?: string
  body?: unknown
  headers?: Record<string, string>
  base?: string
}): Promise<Answer> {
  const response = await fetch(`${options.base ?? api.apiUrl}${options.path}`, {
    method: options.method ?? 'GET',
    headers: {
      accept: 'application/vnd.github+json',
      ...(options.token === undefined
        ? {}
        : { authorization: `${options.scheme ?? 'Bearer'} ${options.token}` }),
      ...options.headers
    },
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) })
  })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>
  }
}

const create = (token: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
  call({
    method: 'POST',
    path: `/repos/${REPOSITORY}/attestations`,
    ...(token === undefined ? {} : { token }),
    body,
    headers
  })

/** GitHub's error body: message, documentation_url, and the status as a string. */
function assertGithubError(answer: Answer, status: number, message: string | RegExp): void {
  assert.equal(answer.status, status)
  if (typeof message === 'string') assert.equal(answer.body['message'], message)
  else assert.match(String(answer.body['message']), message)
  assert.match(String(answer.body['documentation_url']), /^https:\/\/docs\.github\.com\/rest/)
  assert.equal(answer.body['status'], String(status))
}

/** A literal-only Snappy block back to its bytes (what snappyLiterals writes). */
function unsnappy(block: Buffer): Buffer {
  let offset = 0
  let length = 0
  for (let shift = 0; ; shift += 7) {
    const byte = block[offset++] ?? 0
    length += (byte & 0x7f) * 2 ** shift
    if (byte < 0x80) break
  }
  const parts: Buffer[] = []
  while (offset < block.length) {
    const tag = block[offset++] ?? 0
    assert.equal(tag & 3, 0, 'a literal element')
    let n = tag >> 2
    if (n === 60) n = block[offset++] ?? 0
    else if (n === 61) {
      n = (block[offset] ?? 0) | ((block[offset + 1] ?? 0) << 8)
      offset += 2
    }
    parts.push(block.subarray(offset, offset + n + 1))
    offset += n + 1
  }
  const data = Buffer.concat(parts)
  assert.equal(data.length, length)
  return data
}

test('GitHub API: a real attestation bundle is stored (201 {id}) and listed back by its digest', async () => {
  const created = await create(WRITER, { bundle }, { 'x-github-api-version': '2022-11-28' })
  assert.equal(created.status, 201)
  const id = created.body['id']
  assert.equal(typeof id, 'number')
  assert.equal(created.headers.get('x-github-api-version-selected'), '2022-11-28')
  const stored = api.attestations.find(a => a.id === id)
  assert.ok(stored)
  assert.deepEqual(stored.subjectDigests, [`sha256:${hex}`])
  assert.equal(stored.predicateType, 'https://slsa.dev/provenance/v1')

  const listed = await call({
    path: `/repos/${REPOSITORY}/attestations/sha256:${hex}`,
    token: READER
  })
  assert.equal(listed.status, 200)
  const [entry, ...more] = listed.body['attestations'] as Record<string, unknown>[]
  assert.equal(more.length, 0)
  assert.deepEqual(entry?.['bundle'], bundle)
  assert.equal(entry?.['repository_id'], api.repositoryId(REPOSITORY))
  // bundle_url serves the bundle Snappy-compressed, as GitHub's storage does.
  const blob = await fetch(String(entry?.['bundle_url']))
  assert.equal(blob.status, 200)
  const fromUrl = JSON.parse(
    unsnappy(Buffer.from(await blob.arrayBuffer())).toString('utf8')
  ) as unknown
  assert.deepEqual(fromUrl, bundle)

  const filtered = await call({
    path: `/repos/${REPOSITORY}/attestations/sha256:${hex}?predicate_type=${encodeURIComponent('https://slsa.dev/provenance/v1')}`,
    token: `${WRITER}`,
    scheme: 'token'
  })
  assert.equal(filtered.status, 200)
  // API version 2026-03-10 lists bundle_url only.
  const newer = await call({
    path: `/repos/${REPOSITORY}/attestations/sha256:${hex}`,
    token: READER,
    headers: { 'x-github-api-version': '2026-03-10' }
  })
  const [newest] = newer.body['attestations'] as Record<string, unknown>[]
  assert.equal(newest?.['bundle'], undefined)
  assert.match(String(newest?.['bundle_url']), /\/attestation-bundles\//)
})

test('GitHub API: no attestation for the digest, or none of the predicate type, is 404 Not Found', async () => {
  await create(WRITER, { bundle })
  const other = createHash('sha256').update('other').digest('hex')
  assertGithubError(
    await call({ path: `/repos/${REPOSITORY}/attestations/sha256:${other}`, token: READER }),
    404,
    'Not Found'
  )
  assertGithubError(
    await call({
      path: `/repos/${REPOSITORY}/attestations/sha256:${hex}?predicate_type=https%3A%2F%2Fspdx.dev%2FDocument`,
      token: READER
    }),
    404,
    'Not Found'
  )
})

test('GitHub API: 401 without or with an unknown token, 404 for a repository it cannot see, 403 without attestations write', async () => {
  assertGithubError(await create(undefined, { bundle }), 401, 'Requires authentication')
  assertGithubError(await create('ghs_unknown', { bundle }), 401, 'Bad credentials')
  assertGithubError(await create(STRANGER, { bundle }), 404, 'Not Found')
  assertGithubError(
    await call({ path: `/repos/${REPOSITORY}/attestations/sha256:${hex}`, token: STRANGER }),
    404,
    'Not Found'
  )
  assertGithubError(await create(READER, { bundle }), 403, 'Resource not accessible by integration')
  // Repository names are not case sensitive.
  const mixedCase = await call({
    method: 'POST',
    path: '/repos/Octo-Org/Octo-Repo/attestations',
    token: WRITER,
    body: { bundle }
  })
  assert.equal(mixedCase.status, 201)
  // The recorded requests keep the scheme, never the token.
  assert.ok(api.requests.length > 0)
  for (const request of api.requests) {
    assert.doesNotMatch(JSON.stringify(request), /ghs_(writer|reader|stranger|unknown)/)
  }
  assert.ok(api.requests.some(r => r.headers['authorization'] === 'Bearer [REDACTED]'))
})

test('GitHub API: an unsupported X-GitHub-Api-Version is 400, a body that is not JSON 400', async () => {
  assertGithubError(
    await create(WRITER, { bundle }, { 'x-github-api-version': 'v3' }),
    400,
    /"v3", is not a supported version.*"2022-11-28"/
  )
  assertGithubError(await create(WRITER, '{"bundle":'), 400, 'Problems parsing JSON')
})

test('GitHub API: what is not an attestation bundle is 422 Validation Failed with errors', async () => {
  const envelope = bundle['dsseEnvelope'] as Record<string, unknown>
  const withPayload = (value: unknown) => ({
    ...bundle,
    dsseEnvelope: { ...envelope, payload: Buffer.from(JSON.stringify(value)).toString('base64') }
  })
  const cases: [string, unknown, RegExp][] = [
    ['no bundle', {}, /^bundle$/],
    ['bundle not an object', { bundle: 'x' }, /^bundle$/],
    ['unknown media type', { bundle: { ...bundle, mediaType: 'application/json' } }, /mediaType/],
    [
      'a message signature',
      { bundle: { ...bundle, dsseEnvelope: undefined, messageSignature: {} } },
      /dsseEnvelope/
    ],
    [
      'no verification material',
      { bundle: { ...bundle, verificationMaterial: {} } },
      /verificationMaterial/
    ],
    [
      'not in-toto',
      { bundle: { ...bundle, dsseEnvelope: { ...envelope, payloadType: 'text/plain' } } },
      /payloadType/
    ],
    [
      'a subject without sha256',
      {
        bundle: withPayload({ ...statement, subject: [{ name: 'a', digest: { sha1: 'ab' } }] })
      },
      /payload/
    ],
    ['no predicate type', { bundle: withPayload({ ...statement, predicateType: '' }) }, /payload/]
  ]
  for (const [name, body, field] of cases) {
    const answer = await create(WRITER, body)
    assertGithubError(answer, 422, 'Validation Failed')
    const errors = answer.body['errors'] as { field: string; code: string; resource: string }[]
    assert.ok(
      errors.some(e => field.test(e.field) && e.resource === 'Attestation'),
      `${name}: ${JSON.stringify(errors)}`
    )
  }
  // A v0.2 bundle is taken too.
  const v02 = await create(WRITER, {
    bundle: { ...bundle, mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.2' }
  })
  assert.equal(v02.status, 201)
})

test('GitHub API: failNext answers the next requests with 5xx (and Retry-After), then serves again', async () => {
  api.failNext({ count: 2, status: 502 })
  assertGithubError(await create(WRITER, { bundle }), 502, 'Bad Gateway')
  assertGithubError(await create(WRITER, { bundle }), 502, 'Bad Gateway')
  assert.equal((await create(WRITER, { bundle })).status, 201)
  api.failNext({ status: 503, retryAfterSeconds: 3 })
  const unavailable = await create(WRITER, { bundle })
  assertGithubError(unavailable, 503, 'Service Unavailable')
  assert.equal(unavailable.headers.get('retry-after'), '3')
  assert.equal((await create(WRITER, { bundle })).status, 201)
})

test('GitHub API: as GitHub Enterprise Server it answers under /api/v3', async t => {
  const ghes = await startGithubApi({
    tokens: { [WRITER]: { repositories: [REPOSITORY], attestationsWrite: true } },
    pathPrefix: '/api/v3'
  })
  t.after(() => ghes.stop())
  assert.equal(ghes.apiUrl, `${ghes.url}/api/v3`)
  const stored = await call({
    base: ghes.apiUrl,
    method: 'POST',
    path: `/repos/${REPOSITORY}/attestations`,
    token: WRITER,
    body: { bundle }
  })
  assert.equal(stored.status, 201)
  const atRoot = await call({
    base: ghes.url,
    method: 'POST',
    path: `/repos/${REPOSITORY}/attestations`,
    token: WRITER,
    body: { bundle }
  })
  assertGithubError(atRoot, 404, 'Not Found')
  await ghes.stop()
  await assert.rejects(fetch(ghes.url), 'stop() closes the port')
})
