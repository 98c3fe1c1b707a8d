import type { FailureKind } from '@sign/failure'

/**
 * The kinds a GitHub API failure can be (runAction and the CLI read `kind` structurally):
 * configuration — the token, its permissions or the repository given to the step (401, 403, 404,
 * and arguments that cannot name a repository or an API); remote — GitHub failed or refused the
 * content (5xx, 429, a rate limit, no answer at all, 422 and other refusals).
 */
export type GitHubApiErrorKind = Extract<FailureKind, 'configuration' | 'remote'>

/** One entry of a 422's `errors`, as GitHub sends it. */
export interface GitHubValidationError {
  resource?: string
  field?: string
  code?: string
  message?: string
}

export interface GitHubApiErrorOptions {
  kind: GitHubApiErrorKind
  message: string
  /** The HTTP status, when GitHub answered. */
  status?: number
  /** GitHub's own `message`, as it sent it. */
  githubMessage?: string
  /** GitHub's `documentation_url`. */
  documentationUrl?: string
  /** GitHub's `errors` of a 422. */
  errors?: GitHubValidationError[]
  /** `x-github-request-id`, what GitHub Support asks for. */
  requestId?: string
  /** What to write instead (configuration). */
  fix?: string
  /** What to check. */
  hint?: string
  cause?: unknown
}

/** The one error type of the GitHub API client: a kind, GitHub's answer, and what to do. */
export class GitHubApiError extends Error {
  readonly kind: GitHubApiErrorKind
  readonly status: number | undefined
  readonly githubMessage: string | undefined
  readonly documentationUrl: string | undefined
  readonly errors: GitHubValidationError[]
  readonly requestId: string | undefined
  /** What to write instead: runAction prints it after a configuration error's message. */
  readonly fix: string | undefined
  /** What to check: runAction prints it as `Check: …` after a remote failure. */
  readonly hint: string | undefined

  constructor(options: GitHubApiErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'GitHubApiError'
    this.kind = options.kind
    this.status = options.status
    this.githubMessage = options.githubMessage
    this.documentationUrl = options.documentationUrl
    this.errors = options.errors ?? []
    this.requestId = options.requestId
    this.fix = options.fix
    this.hint = options.hint
  }
}
