// GitHub's artifact attestations REST API on loopback: a scripted responder, because no real
// GitHub API can run in a test environment. It answers the two repository endpoints as GitHub's
// REST documentation describes them (docs.github.com/rest/repos/attestations, API version
// 2022-11-28): "Create an attestation" (POST /repos/{owner}/{repo}/attestations, body
// {"bundle": …}, 201 {"id"}, 403, 422 "Validation Failed") and "List attestations" (GET
// /repos/{owner}/{repo}/attestations/{subject_digest}, `predicate_type` and `per_page` queries,
// {"attestations": [{bundle, repository_id, bundle_url}]}). Around them, what the REST API
// documents for every endpoint (docs.github.com/rest: authentication, API versions,
// troubleshooting): `Authorization: Bearer|token <token>` (401 "Bad credentials"), a repository the
// token cannot see is 404 "Not Found" (never 403, so private repositories are not revealed), a
// missing permission is 403 "Resource not accessible by integration", an unsupported
// `X-GitHub-Api-Version` is 400, a body that is not JSON is 400 "Problems parsing JSON", and
// every error body is {message, documentation_url, status}. A listing with no match is 404
// "Not Found", as api.github.com answers it (what gh attestation verify reports for a digest
// without attestations). API version 2026-03-10 lists `bundle_url` without the inline bundle.
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { closeServer, listenOnLoopback } from '../net/loopback.ts'
import { checkAttestationBody, type GithubValidationError } from './bundle-checks.ts'
import { snappyLiterals } from './snappy.ts'

/** What a token may do: the repositories it can see (`owner/repo`) and `attestations: write`. */
export interface GithubApiTokenGrant {
  repositories: string[]
  attestationsWrite: boolean
}

export interface GithubApiOptions {
  /** Each token the API knows, by its value. */
  tokens: Record<string, GithubApiTokenGrant>
  /**
   * Where the REST API is rooted: `''` as api.github.com (the default), or `'/api/v3'` as GitHub
   * Enterprise Server (`https://HOST/api/v3`).
   */
  pathPrefix?: '' | '/api/v3'
}

/** One request as the API received it, with its secrets left out. */
export interface RecordedGithubRequest {
  method: string
  /** Path and query, the prefix included (`/api/v3/repos/o/r/attestations`). */
  path: string
  /** Lower-case names; `authorization` keeps only its scheme (`token [REDACTED]`), no cookies. */
  headers: Record<string, string>
  /** The JSON body as parsed, the raw text when it is not JSON, undefined when empty. */
  body: unknown
}

/** An attestation the API stored. */
export interface StoredGithubAttestation {
  id: number
  /** `owner/repo` as the request named it. */
  repository: string
  repositoryId: number
  bundle: unknown
  /** `sha256:<hex>` of each subject of the statement. */
  subjectDigests: string[]
  predicateType: string
}

/** The failure `failNext` injects. */
export interface GithubApiFault {
  /** How many of the next requests fail (default 1). */
  count?: number
  /** 500 (the default), 502, 503, or 429 (a secondary rate limit). */
  status?: 500 | 502 | 503 | 429
  /** A `Retry-After` header, in seconds. */
  retryAfterSeconds?: number
}

export interface GithubApi {
  /** `http://127.0.0.1:<port>`. */
  url: string
  /** The REST API's base URL, for Octokit's `baseUrl` (the url, plus `/api/v3` as GHES). */
  apiUrl: string
  requests: RecordedGithubRequest[]
  attestations: StoredGithubAttestation[]
  /** The numeric id the API gives a repository (`owner/repo`, any case). */
  repositoryId(repository: string): number
  /** Makes the next requests fail with a server error, for retry tests. */
  failNext(fault?: GithubApiFault): void
  stop(): Promise<void>
}

/** The REST API versions the responder accepts in `X-GitHub-Api-Version`, newest first. */
export const GITHUB_API_VERSIONS = ['2026-03-10', '2022-11-28'] as const

const DOCS = 'https://docs.github.com/rest'
const CREATE_DOCS = `${DOCS}/repos/attestations#create-an-attestation`
const LIST_DOCS = `${DOCS}/repos/attestations#list-attestations`
const REASONS: Record<number, string> = {
  429: 'API rate limit exceeded',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable'
}
const MAX_BODY = 32 * 1024 * 1024

/** A GitHub REST refusal: a status and its JSON body. */
interface Refusal {
  status: number
  message: string
  documentationUrl: string
  errors?: GithubValidationError[]
  headers?: Record<string, string>
}

const refuse = (
  status: number,
  message: string,
  documentationUrl = DOCS,
  extra: Partial<Refusal> = {}
): Refusal => ({ status, message, documentationUrl, ...extra })

/** Starts the attestations API on 127.0.0.1 (plain HTTP, a random port). */
export async function startGithubApi(options: GithubApiOptions): Promise<GithubApi> {
  const prefix = options.pathPrefix ?? ''
  const tokens = new Map(
    Object.entries(options.tokens).map(([token, grant]) => [
      token,
      { ...grant, repositories: new Set(grant.repositories.map(name => name.toLowerCase())) }
    ])
  )
  const requests: RecordedGithubRequest[] = []
  const attestations: StoredGithubAttestation[] = []
  const repositoryIds = new Map<string, number>()
  const repositoryId = (repository: string): number => {
    const key = repository.toLowerCase()
    let id = repositoryIds.get(key)
    if (id === undefined) {
      id = 700_000_000 + repositoryIds.size + 1
      repositoryIds.set(key, id)
    }
    return id
  }
  let nextId = 4_200_001
  let faults: Required<Omit<GithubApiFault, 'retryAfterSeconds'>> & {
    retryAfterSeconds?: number
  } = { count: 0, status: 500 }
  let url = ''

  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void => {
    res
      .writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': randomUUID().toUpperCase(),
        ...headers
      })
      .end(JSON.stringify(body))
  }
  const sendRefusal = (res: ServerResponse, refusal: Refusal): void =>
    send(
      res,
      refusal.status,
      {
        message: refusal.message,
        ...(refusal.errors === undefined ? {} : { errors: refusal.errors }),
        documentation_url: refusal.documentationUrl,
        status: String(refusal.status)
      },
      refusal.headers
    )

  /** The grant of the request's token, or the 401 to answer. */
  const authenticate = (req: IncomingMessage): GithubApiTokenGrantSet | Refusal => {
    const header = req.headers.authorization
    if (header === undefined) return refuse(401, 'Requires authentication')
    const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header)
    const grant = match?.[1] === undefined ? undefined : tokens.get(match[1])
    return grant ?? refuse(401, 'Bad credentials')
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = new URL(req.url ?? '/', url)
    const { raw, tooLarge } = await readBody(req)
    const recorded: RecordedGithubRequest = {
      method: req.method ?? 'GET',
      path: `${target.pathname}${target.search}`,
      headers: withoutSecrets(req),
      body: parseMaybe(raw)
    }
    requests.push(recorded)

    if (faults.count > 0) {
      faults.count--
      const retryAfter = faults.retryAfterSeconds
      return sendRefusal(
        res,
        refuse(faults.status, REASONS[faults.status] ?? 'Server Error', DOCS, {
          headers: retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }
        })
      )
    }

    // A bundle_url: a pre-signed storage URL in GitHub's listing, Snappy-compressed bundle JSON.
    const blob = /^\/attestation-bundles\/(\d+)$/.exec(target.pathname)
    if (blob !== null && req.method === 'GET') {
      const stored = attestations.find(a => a.id === Number(blob[1]))
      if (stored === undefined) return sendRefusal(res, refuse(404, 'Not Found'))
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      res.end(snappyLiterals(Buffer.from(JSON.stringify(stored.bundle))))
      return
    }

    const version = req.headers['x-github-api-version']
    if (
      typeof version === 'string' &&
      !(GITHUB_API_VERSIONS as readonly string[]).includes(version)
    ) {
      const supported = GITHUB_API_VERSIONS.map(
        (v, i) => `"${v}"${i === 0 ? ' (most recent)' : ''}`
      ).join(', ')
      return sendRefusal(
        res,
        refuse(
          400,
          `The version you specified in the "X-GitHub-Api-Version" request header, "${version}", is not a supported version. The following versions are currently supported: ${supported}.`,
          `${DOCS}/about-the-rest-api/api-versions`
        )
      )
    }

    res.setHeader(
      'x-github-api-version-selected',
      typeof version === 'string' ? version : GITHUB_API_VERSIONS[1]
    )

    const path = target.pathname.startsWith(`${prefix}/`)
      ? target.pathname.slice(prefix.length)
      : undefined
    const create =
      path === undefined ? null : /^\/repos\/([^/]+)\/([^/]+)\/attestations$/.exec(path)
    const list =
      path === undefined ? null : /^\/repos\/([^/]+)\/([^/]+)\/attestations\/([^/]+)$/.exec(path)
    const route =
      create !== null && req.method === 'POST'
        ? ({ kind: 'create', match: create } as const)
        : list !== null && req.method === 'GET'
          ? ({ kind: 'list', match: list } as const)
          : undefined
    if (route === undefined) return sendRefusal(res, refuse(404, 'Not Found'))

    const grant = authenticate(req)
    if ('status' in grant) return sendRefusal(res, grant)
    const owner = decodeURIComponent(route.match[1] ?? '')
    const repo = decodeURIComponent(route.match[2] ?? '')
    const repository = `${owner}/${repo}`
    const docs = route.kind === 'create' ? CREATE_DOCS : LIST_DOCS
    if (!grant.repositories.has(repository.toLowerCase())) {
      return sendRefusal(res, refuse(404, 'Not Found', docs))
    }

    if (route.kind === 'list') {
      const digest = decodeURIComponent(route.match[3] ?? '').toLowerCase()
      const predicateType = target.searchParams.get('predicate_type')
      const perPage = Math.min(Math.max(Number(target.searchParams.get('per_page') ?? 30), 1), 100)
      const inline = version !== GITHUB_API_VERSIONS[0]
      const found = attestations
        .filter(
          a =>
            a.repository.toLowerCase() === repository.toLowerCase() &&
            a.subjectDigests.includes(digest) &&
            (predicateType === null || a.predicateType === predicateType)
        )
        .slice(0, Number.isFinite(perPage) ? perPage : 30)
      if (found.length === 0) return sendRefusal(res, refuse(404, 'Not Found', docs))
      return send(res, 200, {
        attestations: found.map(a => ({
          // API version 2026-03-10 no longer inlines the bundle: clients read bundle_url.
          ...(inline ? { bundle: a.bundle } : {}),
          repository_id: a.repositoryId,
          bundle_url: `${url}/attestation-bundles/${a.id}`
        }))
      })
    }

    if (!grant.attestationsWrite) {
      return sendRefusal(res, refuse(403, 'Resource not accessible by integration', docs))
    }
    if (tooLarge) {
      return sendRefusal(res, refuse(413, 'Payload Too Large', docs))
    }
    let body: unknown
    try {
      body = JSON.parse(raw.toString('utf8'))
    } catch {
      return sendRefusal(res, refuse(400, 'Problems parsing JSON', docs))
    }
    const check = checkAttestationBody(body)
    if (!check.ok) {
      return sendRefusal(res, refuse(422, 'Validation Failed', docs, { errors: check.errors }))
    }
    const stored: StoredGithubAttestation = {
      id: nextId++,
      repository,
      repositoryId: repositoryId(repository),
      bundle: (body as { bundle: unknown }).bundle,
      ...check.index
    }
    attestations.push(stored)
    return send(res, 201, { id: stored.id })
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        sendRefusal(res, refuse(500, `responder failed: ${String(error)}`))
      } else res.destroy()
    })
  })
  const { port } = await listenOnLoopback(server)
  url = `http://127.0.0.1:${port}`

  return {
    url,
    apiUrl: `${url}${prefix}`,
    requests,
    attestations,
    repositoryId,
    failNext: (fault = {}) => {
      faults = {
        count: fault.count ?? 1,
        status: fault.status ?? 500,
        ...(fault.retryAfterSeconds === undefined
          ? {}
          : { retryAfterSeconds: fault.retryAfterSeconds })
      }
    },
    stop: () => closeServer(server)
  }
}

interface GithubApiTokenGrantSet {
  repositories: Set<string>
  attestationsWrite: boolean
}

async function readBody(req: IncomingMessage): Promise<{ raw: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    // Past the limit the rest is drained, not kept: the handler answers 413.
    if (size <= MAX_BODY) chunks.push(chunk)
  }
  return { raw: Buffer.concat(chunks), tooLarge: size > MAX_BODY }
}

function parseMaybe(raw: Buffer): unknown {
  if (raw.length === 0) return undefined
  const text = raw.toString('utf8')
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** The request's headers without credentials: the authorization scheme only, no cookies. */
function withoutSecrets(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'cookie') continue
    const text = Array.isArray(value) ? value.join(', ') : value
    headers[name] =
      name === 'authorization' || name === 'proxy-authorization'
        ? `${text.split(/\s+/)[0] ?? ''} [REDACTED]`
        : text
  }
  return headers
}
