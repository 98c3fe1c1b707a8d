// uploadAttestation against the loopback attestations API: a real bundle from the loopback
// Sigstore stack is stored (201, its id) with the headers GitHub documents and listed back by its
// subject digest; 401, 403, 404 and 422 each become a GitHubApiError of its kind whose message
// names what to fix, and the token is in none of them; a 502 is retried, Retry-After honoured, a
// persistent 500 or no answer at all ends as a remote failure. apiUrlFor maps server URLs.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { inspect } from 'node:util'
import {
  makeAttestationBundle,
  startGithubApi,
  startOidcIssuer,
  startSigstoreStack,
  type GithubApi,
  type InTotoStatement,
  type OidcIssuer,
  type SigstoreStack
} from '@sign/testenv'
import {
  GitHubApiError,
  apiUrlFor,
  uploadAttestation,
  type UploadRetryNotice
} from '../src/github/index.ts'

const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB'
const READ_ONLY = 'ghs_readonly3456789abcdefghijklmnopqrstu'
const ELSEWHERE = 'ghs_elsewhere56789abcdefghijklmnopqrstuv'
const TOKENS = [TOKEN, READ_ONLY, ELSEWHERE, 'ghs_revoked']
const REPOSITORY = 'octo-org/octo-repo'
const hex = createHash('sha256').update('octo-app_1.2.3_linux_amd64.tar.gz').digest('hex')
const statement: InTotoStatement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'octo-app_1.2.3_linux_amd64.tar.gz', digest: { sha256: hex } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } }
}
const FAST = { attempts: 3, baseDelayMs: 10 }

let oidc: OidcIssuer
let stack: SigstoreStack
let api: GithubApi
let bundle: unknown

before(async () => {
  oidc = await startOidcIssuer()
  stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  api = await startGithubApi({
    tokens: {
      [TOKEN]: { repositories: [REPOSITORY], attestationsWrite: true },
      [READ_ONLY]: { repositories: [REPOSITORY], attestationsWrite: false },
      [ELSEWHERE]: { repositories: ['octo-org/other-repo'], attestationsWrite: true }
    }
  })
  bundle = await makeAttestationBundle({ stack, oidc, statement })
})
after(async () => {
  await api.stop()
  await stack.stop()
  await oidc.stop()
})

/** The GitHubApiError `upload` rejects with; no token appears anywhere in it. */
async function refusal(upload: Promise<unknown>): Promise<GitHubApiError> {
  const error = await upload.then(
    () => assert.fail('the upload should have failed'),
    (thrown: unknown) => thrown
  )
  assert.ok(error instanceof GitHubApiError, `a GitHubApiError: ${String(error)}`)
  const everything = [
    error.message,
    error.fix ?? '',
    error.hint ?? '',
    error.stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: 10 })
  ].join('\n')
  for (const token of TOKENS) assert.ok(!everything.includes(token), 'the token is never shown')
  return error
}

test('uploadAttestation: a real bundle is stored (201, its id) and listed back by its digest', async () => {
  const before = api.requests.length
  const { id } = await uploadAttestation({
    token: TOKEN,
    apiUrl: api.apiUrl,
    repository: REPOSITORY,
    bundle
  })
  assert.equal(typeof id, 'number')
  const [request, ...others] = api.requests.slice(before)
  assert.equal(others.length, 0, 'one request')
  assert.equal(request?.method, 'POST')
  assert.equal(request?.path, `/repos/${REPOSITORY}/attestations`)
  assert.equal(request?.headers['x-github-api-version'], '2022-11-28')
  assert.equal(request?.headers['accept'], 'application/vnd.github+json')
  assert.equal(request?.headers['authorization'], 'token [REDACTED]')
  assert.deepEqual(request?.body, { bundle })

  const listed = await fetch(`${api.apiUrl}/repos/${REPOSITORY}/attestations/sha256:${hex}`, {
    headers: {
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28'
    }
  })
  assert.equal(listed.status, 200)
  const { attestations } = (await listed.json()) as { attestations: { bundle: unknown }[] }
  assert.ok(attestations.some(a => JSON.stringify(a.bundle) === JSON.stringify(bundle)))
  assert.ok(api.attestations.some(a => a.id === id && a.repository === REPOSITORY))
})

test('uploadAttestation: to GitHub Enterprise Server, through apiUrlFor its server URL (…/api/v3)', async t => {
  const ghes = await startGithubApi({
    tokens: { [TOKEN]: { repositories: [REPOSITORY], attestationsWrite: true } },
    pathPrefix: '/api/v3'
  })
  t.after(() => ghes.stop())
  const apiUrl = apiUrlFor({ serverUrl: ghes.url })
  assert.equal(apiUrl, ghes.apiUrl)
  const { id } = await uploadAttestation({ token: TOKEN, apiUrl, repository: REPOSITORY, bundle })
  assert.equal(ghes.attestations[0]?.id, id)
  assert.equal(ghes.requests[0]?.path, `/api/v3/repos/${REPOSITORY}/attestations`)
})

test('uploadAttestation: 401 is a configuration error naming the token', async () => {
  const error = await refusal(
    uploadAttestation({ token: 'ghs_revoked', apiUrl: api.apiUrl, repository: REPOSITORY, bundle })
  )
  assert.equal(error.kind, 'configuration')
  assert.equal(error.status, 401)
  assert.equal(error.githubMessage, 'Bad credentials')
  assert.match(error.documentationUrl ?? '', /^https:\/\/docs\.github\.com\//)
  assert.match(error.message, /token is not valid/)
  assert.match(error.message, /github\.token/)
  assert.match(error.fix ?? '', /github-token: \$\{\{ github\.token \}\}/)
})

test('uploadAttestation: 403 is a configuration error naming attestations: write', async () => {
  const error = await refusal(
    uploadAttestation({ token: READ_ONLY, apiUrl: api.apiUrl, repository: REPOSITORY, bundle })
  )
  assert.equal(error.kind, 'configuration')
  assert.equal(error.status, 403)
  assert.equal(error.githubMessage, 'Resource not accessible by integration')
  assert.match(error.message, /attestations: write/)
  assert.match(error.fix ?? '', /permissions:\n(.*\n)*\s+attestations: write/)
  assert.match(error.hint ?? '', /attestations: write/)
})

test('uploadAttestation: 404 is a configuration error naming the repository and the token', async () => {
  const error = await refusal(
    uploadAttestation({ token: ELSEWHERE, apiUrl: api.apiUrl, repository: REPOSITORY, bundle })
  )
  assert.equal(error.kind, 'configuration')
  assert.equal(error.status, 404)
  assert.match(error.message, /octo-org\/octo-repo/)
  assert.match(error.message, /token cannot see it/)
  assert.match(error.fix ?? '', /github\.repository/)
})

test('uploadAttestation: 422 is a remote refusal carrying GitHub’s validation errors', async () => {
  const notAnAttestation = { ...(bundle as Record<string, unknown>), mediaType: 'text/plain' }
  const error = await refusal(
    uploadAttestation({
      token: TOKEN,
      apiUrl: api.apiUrl,
      repository: REPOSITORY,
      bundle: notAnAttestation
    })
  )
  assert.equal(error.kind, 'remote')
  assert.equal(error.status, 422)
  assert.equal(error.githubMessage, 'Validation Failed')
  assert.ok(error.errors.some(e => e.field === 'bundle.mediaType'))
  assert.match(error.message, /bundle\.mediaType/)
  assert.match(error.hint ?? '', /Sigstore bundle/)
})

test('uploadAttestation: a 502 is retried and the upload succeeds', async () => {
  const before = api.requests.length
  const retries: UploadRetryNotice[] = []
  api.failNext({ count: 1, status: 502 })
  const { id } = await uploadAttestation({
    token: TOKEN,
    apiUrl: api.apiUrl,
    repository: REPOSITORY,
    bundle,
    retry: FAST,
    onRetry: notice => retries.push(notice)
  })
  assert.ok(api.attestations.some(a => a.id === id))
  assert.equal(api.requests.length - before, 2)
  assert.equal(retries.length, 1)
  assert.equal(retries[0]?.status, 502)
  assert.doesNotMatch(JSON.stringify(retries), /ghs_/)
})

test('uploadAttestation: Retry-After is honoured (a 503 asking for 1 s), at most 10 s', async () => {
  const retries: UploadRetryNotice[] = []
  api.failNext({ count: 1, status: 503, retryAfterSeconds: 1 })
  const started = Date.now()
  await uploadAttestation({
    token: TOKEN,
    apiUrl: api.apiUrl,
    repository: REPOSITORY,
    bundle,
    retry: FAST,
    onRetry: notice => retries.push(notice)
  })
  assert.equal(retries[0]?.delayMs, 1000)
  assert.ok(Date.now() - started >= 950)

  api.failNext({ count: 1, status: 429, retryAfterSeconds: 3600 })
  const capped: UploadRetryNotice[] = []
  await uploadAttestation({
    token: TOKEN,
    apiUrl: api.apiUrl,
    repository: REPOSITORY,
    bundle,
    retry: { ...FAST, maxDelayMs: 50 },
    onRetry: notice => capped.push(notice)
  })
  assert.equal(capped[0]?.delayMs, 50, 'the cap applies to Retry-After too')
})

test('uploadAttestation: a persistent 500 gives up after the bounded tries, kind remote', async () => {
  const before = api.requests.length
  api.failNext({ count: 50, status: 500 })
  try {
    const error = await refusal(
      uploadAttestation({
        token: TOKEN,
        apiUrl: api.apiUrl,
        repository: REPOSITORY,
        bundle,
        retry: FAST
      })
    )
    assert.equal(error.kind, 'remote')
    assert.equal(error.status, 500)
    assert.equal(error.githubMessage, 'Server Error')
    assert.match(error.message, /after the request was retried/)
    assert.match(error.hint ?? '', /re-run the job/)
    assert.equal(api.requests.length - before, FAST.attempts)
  } finally {
    api.failNext({ count: 0 })
  }
})

test('uploadAttestation: no answer at all is remote, after the same retries', async t => {
  const gone = await startGithubApi({ tokens: {} })
  await gone.stop()
  const retries: UploadRetryNotice[] = []
  const error = await refusal(
    uploadAttestation({
      token: TOKEN,
      apiUrl: gone.apiUrl,
      repository: REPOSITORY,
      bundle,
      retry: FAST,
      onRetry: notice => retries.push(notice)
    })
  )
  t.diagnostic(error.message)
  assert.equal(error.kind, 'remote')
  assert.equal(error.status, undefined)
  assert.match(error.message, /did not answer/)
  assert.equal(retries.length, FAST.attempts - 1)
})

test('uploadAttestation: a repository that is not owner/repo, or no token, is refused before any request', async () => {
  const before = api.requests.length
  for (const repository of ['octo-org', 'octo-org/octo-repo/extra', 'octo org/repo', 'o/..']) {
    const error = await refusal(
      uploadAttestation({ token: TOKEN, apiUrl: api.apiUrl, repository, bundle })
    )
    assert.equal(error.kind, 'configuration')
    assert.match(error.message, /owner\/repo/)
  }
  const error = await refusal(
    uploadAttestation({ token: ' ', apiUrl: api.apiUrl, repository: REPOSITORY, bundle })
  )
  assert.equal(error.kind, 'configuration')
  assert.equal(api.requests.length, before)
})

test('apiUrlFor: github.com, GHE.com tenants and GitHub Enterprise Server', () => {
  assert.equal(apiUrlFor({}), 'https://api.github.com')
  assert.equal(apiUrlFor({ serverUrl: 'https://github.com' }), 'https://api.github.com')
  assert.equal(apiUrlFor({ serverUrl: 'https://GitHub.com/' }), 'https://api.github.com')
  assert.equal(apiUrlFor({ serverUrl: 'https://octo.ghe.com' }), 'https://api.octo.ghe.com')
  assert.equal(
    apiUrlFor({ serverUrl: 'https://github.example.com' }),
    'https://github.example.com/api/v3'
  )
  assert.equal(
    apiUrlFor({ serverUrl: 'https://github.example.com:8443/' }),
    'https://github.example.com:8443/api/v3'
  )
  for (const serverUrl of ['github.example.com', 'ftp://github.example.com', 'https://u:p@h']) {
    assert.throws(
      () => apiUrlFor({ serverUrl }),
      (error: unknown) => error instanceof GitHubApiError && error.kind === 'configuration'
    )
  }
})
