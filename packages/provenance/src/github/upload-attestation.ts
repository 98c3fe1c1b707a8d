import { getOctokit } from '@actions/github'
import { plainOrQuoted, quote } from '@sign/safe-text'
import { GITHUB_COM_API_URL } from './api-url.ts'
import { GitHubApiError, type GitHubValidationError } from './errors.ts'

/** The REST API version every request pins. */
export const GITHUB_API_VERSION = '2022-11-28'

/** How often and how long to try again after a 5xx, a 429, a rate limit or no answer. */
export interface UploadRetryPolicy {
  /** Tries in all, the first included (default 5). */
  attempts: number
  /** First back-off in ms, doubled each try, with full jitter (default 500). */
  baseDelayMs: number
  /** No single wait is longer, Retry-After included (default 10 000). */
  maxDelayMs: number
}

export const UPLOAD_RETRY: UploadRetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 10_000 }

/** What a retry reports, for the caller's log. */
export interface UploadRetryNotice {
  /** The try that failed (1-based). */
  attempt: number
  attempts: number
  /** The HTTP status, or undefined when GitHub did not answer. */
  status: number | undefined
  delayMs: number
}

export interface UploadAttestationOptions {
  /** The job's GITHUB_TOKEN or another token with `attestations: write` on the repository. */
  token: string
  /** The REST API base URL (apiUrlFor); default https://api.github.com. */
  apiUrl?: string | undefined
  /** `owner/repo`. */
  repository: string
  /** The Sigstore bundle (JSON) of the attestation. */
  bundle: unknown
  /** Default {@link UPLOAD_RETRY}. */
  retry?: Partial<UploadRetryPolicy>
  /** How long one try may take (default 60 s). */
  timeoutMs?: number
  /** Called before each retry; never given the token. */
  onRetry?: (notice: UploadRetryNotice) => void
}

export interface UploadedAttestation {
  /** GitHub's id of the stored attestation. */
  id: number
}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const REPO = /^[A-Za-z0-9._-]{1,100}$/

const PERMISSIONS_FIX = `Give the job the permissions to write attestations:
permissions:
  id-token: write
  attestations: write
  contents: read
A fine-grained personal access token needs the repository permission "Attestations" set to "Read and write".`

/**
 * Stores an attestation on GitHub (POST /repos/{owner}/{repo}/attestations, `{"bundle": …}`),
 * through @actions/github's Octokit with `X-GitHub-Api-Version: 2022-11-28`. A 5xx, a 429, a rate
 * limit (403 with Retry-After or no requests left) or no answer is tried again, at most
 * `attempts` tries in all, waiting Retry-After (at most 10 s) or an exponential back-off. Every
 * failure is a GitHubApiError; the token appears in none of them.
 */
export async function uploadAttestation(
  options: UploadAttestationOptions
): Promise<UploadedAttestation> {
  const { token, repository, bundle } = options
  const [owner, repo, ...rest] = repository.split('/')
  if (
    owner === undefined ||
    repo === undefined ||
    rest.length > 0 ||
    !OWNER.test(owner) ||
    !REPO.test(repo) ||
    repo === '.' ||
    repo === '..'
  ) {
    throw new GitHubApiError({
      kind: 'configuration',
      message: `The repository ${plainOrQuoted(repository)} is not of the form owner/repo`,
      fix: 'Name the repository as owner/repo (in a workflow: ${{ github.repository }}).'
    })
  }
  if (token.trim() === '') {
    throw new GitHubApiError({
      kind: 'configuration',
      message: 'No GitHub token was given to store the attestation',
      fix: 'Pass the job token: github-token: ${{ github.token }}, with permissions attestations: write.'
    })
  }
  const apiUrl = (options.apiUrl?.trim() || GITHUB_COM_API_URL).replace(/\/+$/, '')
  const policy: UploadRetryPolicy = { ...UPLOAD_RETRY, ...options.retry }
  const scrub = (text: string): string => text.split(token).join('***')
  const octokit = getOctokit(token, {
    baseUrl: apiUrl,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
  })

  for (let attempt = 1; ; attempt++) {
    let failure: GitHubApiError
    let retryAfter: string | undefined
    try {
      const response = await octokit.request('POST /repos/{owner}/{repo}/attestations', {
        owner,
        repo,
        bundle: bundle as never,
        headers: {
          accept: 'application/vnd.github+json',
          'x-github-api-version': GITHUB_API_VERSION
        },
        request: { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) }
      })
      const id = (response.data as { id?: unknown }).id
      if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
        throw new GitHubApiError({
          kind: 'remote',
          status: response.status,
          message: `GitHub answered HTTP ${response.status} to storing the attestation in ${repository} without an attestation id`,
          hint: `the status of the GitHub API at ${apiUrl}, and re-run the job`
        })
      }
      return { id }
    } catch (error) {
      if (error instanceof GitHubApiError) throw error
      const answer = httpAnswer(error)
      failure =
        answer === undefined
          ? noAnswer({ error, apiUrl, repository, scrub })
          : refusal({ answer, apiUrl, repository, scrub })
      retryAfter = answer?.headers['retry-after']
      if (!retryable(failure, answer)) throw failure
    }
    if (attempt >= policy.attempts) throw failure
    const delayMs = retryDelay({ policy, attempt, retryAfter })
    options.onRetry?.({ attempt, attempts: policy.attempts, status: failure.status, delayMs })
    await new Promise(resolve => setTimeout(resolve, delayMs))
  }
}

/** GitHub's answer to a failed request, as Octokit's RequestError carries it. */
interface HttpAnswer {
  status: number
  headers: Record<string, string | undefined>
  data: unknown
}

function httpAnswer(error: unknown): HttpAnswer | undefined {
  if (!(error instanceof Error)) return undefined
  const { status, response } = error as { status?: unknown; response?: unknown }
  if (typeof status !== 'number' || typeof response !== 'object' || response === null)
    return undefined
  const { headers, data } = response as { headers?: unknown; data?: unknown }
  return {
    status,
    headers:
      typeof headers === 'object' && headers !== null ? (headers as Record<string, string>) : {},
    data
  }
}

/** A 5xx, a 429, a rate-limited 403, or no answer at all. */
function retryable(failure: GitHubApiError, answer: HttpAnswer | undefined): boolean {
  if (answer === undefined) return true
  return (
    answer.status >= 500 || answer.status === 429 || (answer.status === 403 && rateLimited(answer))
  )
}

/** GitHub's primary (no requests left) or secondary (Retry-After) rate limit. */
function rateLimited(answer: HttpAnswer): boolean {
  return (
    answer.headers['retry-after'] !== undefined || answer.headers['x-ratelimit-remaining'] === '0'
  )
}

function retryDelay(options: {
  policy: UploadRetryPolicy
  attempt: number
  retryAfter: string | undefined
}): number {
  const { policy, attempt, retryAfter } = options
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter)
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now()
    if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, policy.maxDelayMs)
  }
  return Math.random() * Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs)
}

/** GitHub answered with an error status: its kind, GitHub's words and what to do. */
function refusal(options: {
  answer: HttpAnswer
  apiUrl: string
  repository: string
  scrub: (text: string) => string
}): GitHubApiError {
  const { answer, apiUrl, repository, scrub } = options
  const { status } = answer
  const body =
    typeof answer.data === 'object' && answer.data !== null
      ? (answer.data as Record<string, unknown>)
      : {}
  const githubMessage = typeof body['message'] === 'string' ? scrub(body['message']) : undefined
  const documentationUrl =
    typeof body['documentation_url'] === 'string' ? scrub(body['documentation_url']) : undefined
  const errors = Array.isArray(body['errors']) ? validationErrors(body['errors'], scrub) : []
  const requestId = answer.headers['x-github-request-id']
  const said =
    githubMessage === undefined ? `HTTP ${status}` : `HTTP ${status} ${quote(githubMessage)}`
  const common = {
    status,
    ...(githubMessage === undefined ? {} : { githubMessage }),
    ...(documentationUrl === undefined ? {} : { documentationUrl }),
    errors,
    ...(requestId === undefined ? {} : { requestId })
  }
  const where = `storing the attestation in ${repository}`
  switch (true) {
    case status === 401:
      return new GitHubApiError({
        ...common,
        kind: 'configuration',
        message: `GitHub refused the token for ${where} (${said}): the token is not valid — expired, revoked or not a token of ${apiUrl}; pass the job token (github-token: \${{ github.token }})`,
        fix: 'Pass the job token, github-token: ${{ github.token }}, or a token of this GitHub server that is still valid.',
        hint: 'the token given to the step: it must be a valid token of this GitHub server'
      })
    case status === 403 && !rateLimited(answer):
      return new GitHubApiError({
        ...common,
        kind: 'configuration',
        message: `GitHub refused ${where} (${said}): the token lacks the permission attestations: write on ${repository}`,
        fix: PERMISSIONS_FIX,
        hint: 'that the job has permissions attestations: write (a fine-grained token: "Attestations" read and write)'
      })
    case status === 404:
      return new GitHubApiError({
        ...common,
        kind: 'configuration',
        message: `GitHub answered ${said} for ${where}: the repository does not exist on ${apiUrl}, or the token cannot see it — the job token reaches only the workflow's own repository`,
        fix: "Name the workflow's repository (${{ github.repository }}), or pass a token with access to this repository and attestations: write on it.",
        hint: 'the repository name and that the token given to the step has access to it'
      })
    case status === 422:
      return new GitHubApiError({
        ...common,
        kind: 'remote',
        message: `GitHub refused the bundle for ${where} (${said}${errors.length > 0 ? `: ${errors.map(describeValidationError).join('; ')}` : ''})`,
        hint: 'that the bundle is a Sigstore bundle (v0.3) of a DSSE-signed in-toto statement with sha256 subjects; GitHub also answers 422 when the endpoint is being spammed — re-run the job later'
      })
    case status === 429 || status === 403:
      return new GitHubApiError({
        ...common,
        kind: 'remote',
        message: `GitHub rate-limited ${where} (${said}) after the request was retried`,
        hint: "GitHub's rate limits for this token: re-run the job later"
      })
    case status >= 500:
      return new GitHubApiError({
        ...common,
        kind: 'remote',
        message: `GitHub failed while ${where} (${said}) after the request was retried`,
        hint: `the status of the GitHub API at ${apiUrl} (githubstatus.com for github.com); re-run the job when it answers again`
      })
    default:
      return new GitHubApiError({
        ...common,
        kind: 'remote',
        message: `GitHub refused ${where} (${said})`,
        hint: `GitHub's answer above${documentationUrl === undefined ? '' : ` and ${documentationUrl}`}`
      })
  }
}

/** No answer: the connection failed or timed out. */
function noAnswer(options: {
  error: unknown
  apiUrl: string
  repository: string
  scrub: (text: string) => string
}): GitHubApiError {
  const { error, apiUrl, repository, scrub } = options
  const reason = error instanceof Error ? scrub(error.message) : 'unknown error'
  return new GitHubApiError({
    kind: 'remote',
    message: `GitHub at ${apiUrl} did not answer while storing the attestation in ${repository}: ${quote(reason)}`,
    hint: `that ${apiUrl} is reachable from the runner (its name, firewall or proxy), and re-run the job`
  })
}

function validationErrors(
  values: unknown[],
  scrub: (text: string) => string
): GitHubValidationError[] {
  return values.map(value => {
    if (typeof value === 'string') return { message: scrub(value) }
    const entry =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
    const text = (name: string): { [key: string]: string } =>
      typeof entry[name] === 'string' ? { [name]: scrub(entry[name]) } : {}
    return { ...text('resource'), ...text('field'), ...text('code'), ...text('message') }
  })
}

function describeValidationError(error: GitHubValidationError): string {
  const where = error.field === undefined ? '' : `${error.field}: `
  return quote(`${where}${error.message ?? error.code ?? 'invalid'}`)
}
