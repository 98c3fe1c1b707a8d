import { quote } from '@sign/safe-text'
import { ProvenanceError } from '../errors.ts'
import { serverOrigin } from './server-url.ts'

/** The claims GitHub's provenance is built from; an ID token without any of them is refused. */
export const REQUIRED_CLAIMS = [
  'iss',
  'ref',
  'sha',
  'repository',
  'event_name',
  'job_workflow_ref',
  'workflow_ref',
  'repository_id',
  'repository_owner_id',
  'runner_environment',
  'run_id',
  'run_attempt'
] as const

/** Claims read when the token has them (the generic v0.2 form records the actor's). */
export const OPTIONAL_CLAIMS = [
  'repository_owner',
  'workflow_sha',
  'job_workflow_sha',
  'actor',
  'actor_id'
] as const

type RequiredClaim = (typeof REQUIRED_CLAIMS)[number]
type OptionalClaim = (typeof OPTIONAL_CLAIMS)[number]

/**
 * A GitHub Actions ID token's claims as the provenance uses them, under the token's own names:
 * `workflow_ref` is the top-level (caller) workflow, `job_workflow_ref` the workflow the job runs
 * in (a reusable workflow when one is called), both `owner/repo/path@ref`.
 */
export type WorkflowClaims = { readonly [K in RequiredClaim]: string } & {
  readonly [K in OptionalClaim]?: string
}

/** Options of {@link workflowClaims}. */
export interface WorkflowClaimsOptions {
  /** A decoded (already verified) ID token payload. */
  claims: unknown
}

/**
 * The typed claims of a decoded ID token payload. Every required claim must be a non-empty
 * string and every optional one, when present, a string; `workflow_ref` must name a workflow of
 * `repository` and `job_workflow_ref` a workflow at a ref. Anything else is a ProvenanceError
 * naming each claim that is missing or of the wrong type.
 */
export function workflowClaims(options: WorkflowClaimsOptions): WorkflowClaims {
  const { claims } = options
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    throw new ProvenanceError({
      code: 'INVALID_CLAIMS',
      message: `The ID token's payload is ${describe(claims)}, not an object of claims`
    })
  }
  const record = claims as Record<string, unknown>
  const missing: string[] = []
  const illTyped: string[] = []
  const result: Record<string, string> = {}
  for (const name of REQUIRED_CLAIMS) {
    const value = record[name]
    if (value === undefined || value === null || value === '') missing.push(name)
    else if (typeof value !== 'string') illTyped.push(`${name} (${describe(value)})`)
    else result[name] = value
  }
  for (const name of OPTIONAL_CLAIMS) {
    const value = record[name]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string') illTyped.push(`${name} (${describe(value)})`)
    else result[name] = value
  }
  const wrongType =
    illTyped.length === 0 ? '' : `claims that are not strings: ${illTyped.join(', ')}`
  if (missing.length > 0) {
    throw new ProvenanceError({
      code: 'MISSING_CLAIMS',
      message: `The ID token lacks claims the provenance is built from: ${missing.join(', ')}${wrongType === '' ? '' : `; and has ${wrongType}`}`
    })
  }
  if (wrongType !== '') {
    throw new ProvenanceError({
      code: 'INVALID_CLAIMS',
      message: `The ID token has ${wrongType}`
    })
  }
  const typed = result as WorkflowClaims
  workflowPath({ claims: typed })
  if (!/^[^/@]+\/[^/@]+\/[^@]+@.+$/.test(typed.job_workflow_ref)) {
    throw new ProvenanceError({
      code: 'INVALID_CLAIMS',
      message: `The ID token's job_workflow_ref ${quote(typed.job_workflow_ref)} is not owner/repo/path@ref`
    })
  }
  return typed
}

/** Options of {@link workflowPath}. */
export interface WorkflowPathOptions {
  claims: Pick<WorkflowClaims, 'repository' | 'workflow_ref'>
}

/**
 * The top-level workflow's path in its repository: `workflow_ref` without `<repository>/`, up to
 * the first `@` after the path (`o/r/.github/workflows/release.yml@refs/tags/pkg@1.2.3` →
 * `.github/workflows/release.yml`; a ref may hold `@`, a workflow file name cannot).
 */
export function workflowPath(options: WorkflowPathOptions): string {
  const { repository, workflow_ref: workflowRef } = options.claims
  const prefix = `${repository}/`
  const at = workflowRef.indexOf('@', prefix.length)
  if (!workflowRef.startsWith(prefix) || at <= prefix.length) {
    throw new ProvenanceError({
      code: 'INVALID_CLAIMS',
      message: `The ID token's workflow_ref ${quote(workflowRef)} does not name a workflow of its repository ${quote(repository)} at a ref (${repository}/<path>@<ref>)`
    })
  }
  return workflowRef.slice(prefix.length, at)
}

/** Options of {@link githubIssuerFor}. */
export interface GithubIssuerForOptions {
  /** `GITHUB_SERVER_URL`. */
  serverUrl: string
}

/** The host of a GitHub Enterprise Cloud tenant with data residency. */
const GHE_COM = /^https:\/\/([a-z0-9-]+)\.ghe\.com$/

/**
 * The ID token issuer GitHub's artifact attestations expect for a server URL:
 * `https://github.com` → `https://token.actions.githubusercontent.com`, `https://<tenant>.ghe.com`
 * → `https://token.actions.<tenant>.ghe.com`. Any other server (GitHub Enterprise Server) is
 * refused: its issuer is not derived from the URL, and must be given explicitly.
 */
export function githubIssuerFor(options: GithubIssuerForOptions): string {
  const origin = serverOrigin({ serverUrl: options.serverUrl })
  if (origin === 'https://github.com') return 'https://token.actions.githubusercontent.com'
  const tenant = GHE_COM.exec(origin)?.[1]
  if (tenant !== undefined) return `https://token.actions.${tenant}.ghe.com`
  throw new ProvenanceError({
    code: 'INVALID_SERVER_URL',
    message: `The GitHub server URL ${quote(options.serverUrl)} is neither https://github.com nor https://<tenant>.ghe.com: the ID token issuer for a GitHub Enterprise Server must be given explicitly`
  })
}

/** Options of {@link issuerMatches}. */
export interface IssuerMatchesOptions {
  /** The token's `iss` claim. */
  issuer: string
  /** The issuer expected for the server ({@link githubIssuerFor}) or given. */
  expected: string
}

/**
 * Whether a token's issuer is the expected one. GitHub Enterprise Cloud organisations with a
 * custom issuer add a slug (`https://token.actions.githubusercontent.com/<enterprise>`), so an
 * issuer that starts with the expected one is accepted — at a path boundary, so that
 * `https://token.actions.githubusercontent.com.example` (another host) is not.
 */
export function issuerMatches(options: IssuerMatchesOptions): boolean {
  const expected = options.expected.replace(/\/+$/, '')
  const { issuer } = options
  return issuer === expected || issuer.startsWith(`${expected}/`)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  const type = typeof value
  return type === 'object' ? 'an object' : `a ${type}`
}
