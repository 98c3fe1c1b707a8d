import { SigstoreError } from '../errors.ts'
import {
  FULCIO_EXTENSION_OIDS,
  GITHUB_WORKFLOW_OIDS,
  GITHUB_WORKFLOW_V2
} from './certificate-claims.ts'
import type {
  CertificateClaims,
  FulcioExtensionName,
  GithubWorkflowClaim
} from './certificate-claims.ts'

/**
 * Exact values the signing certificate's claims must have, as cosign's
 * `--certificate-github-workflow-*` flags, plus any v2 Fulcio extension by name.
 */
export interface ClaimsPolicy {
  /** The workflow's trigger (`event_name`): extension .1.2, else buildTrigger .1.20. */
  certificateGithubWorkflowTrigger?: string
  /** The commit built (`sha`): extension .1.3, else sourceRepositoryDigest .1.13. */
  certificateGithubWorkflowSha?: string
  /** The workflow's `name:` (`workflow`): extension .1.4 only (no v2 extension holds it). */
  certificateGithubWorkflowName?: string
  /** `owner/repo`: extension .1.5, else sourceRepositoryURI .1.12 `https://github.com/owner/repo`. */
  certificateGithubWorkflowRepository?: string
  /** The ref built (`ref`, e.g. `refs/tags/v1.2.3`): extension .1.6, else sourceRepositoryRef .1.14. */
  certificateGithubWorkflowRef?: string
  /** v2 Fulcio extensions by name, each an exact match (a deprecated equivalent counts). */
  certificateExtensions?: Partial<Record<FulcioExtensionName, string>>
}

const GITHUB_FIELDS = {
  trigger: 'certificateGithubWorkflowTrigger',
  sha: 'certificateGithubWorkflowSha',
  name: 'certificateGithubWorkflowName',
  repository: 'certificateGithubWorkflowRepository',
  ref: 'certificateGithubWorkflowRef'
} as const satisfies Record<GithubWorkflowClaim, keyof ClaimsPolicy>

/** Options of {@link claimsRequested}. */
export interface ClaimsRequestedOptions {
  policy: ClaimsPolicy
}

/**
 * Whether the policy asks anything of the certificate's claims; INVALID_INPUT when it names an
 * extension Fulcio does not have (checked before any verification, like every input).
 */
export function claimsRequested(options: ClaimsRequestedOptions): boolean {
  const { policy } = options
  const names = Object.keys(policy.certificateExtensions ?? {})
  for (const name of names) {
    if (!Object.hasOwn(FULCIO_EXTENSION_OIDS, name)) {
      throw new SigstoreError({
        code: 'INVALID_INPUT',
        message: `certificate extension ${JSON.stringify(name)} is not a Fulcio extension name; use one of ${Object.keys(FULCIO_EXTENSION_OIDS).join(', ')}`
      })
    }
  }
  return names.length > 0 || Object.values(GITHUB_FIELDS).some(field => policy[field] !== undefined)
}

/** Options of {@link checkClaims}. */
export interface CheckClaimsOptions {
  policy: ClaimsPolicy
  claims: CertificateClaims
}

/**
 * Checks the certificate's claims against the policy (names checked by {@link claimsRequested}),
 * each exactly; POLICY_FAILED names the claim, its extension(s), the expected value and the
 * certificate's.
 */
export function checkClaims(options: CheckClaimsOptions): void {
  const { policy, claims } = options
  for (const [claim, field] of Object.entries(GITHUB_FIELDS)) {
    const expected = policy[field]
    if (expected === undefined) continue
    const oids = githubOids(claim as GithubWorkflowClaim)
    compare(
      `GitHub workflow ${claim} (${oids})`,
      expected,
      claims.githubWorkflow[claim as GithubWorkflowClaim]
    )
  }
  for (const [name, expected] of Object.entries(policy.certificateExtensions ?? {})) {
    const oid = FULCIO_EXTENSION_OIDS[name as FulcioExtensionName]
    compare(`extension ${name} (${oid})`, expected, claims.extensions[name as FulcioExtensionName])
  }
}

function githubOids(claim: GithubWorkflowClaim): string {
  const legacy = GITHUB_WORKFLOW_OIDS[claim]
  if (claim === 'name') return legacy
  const name = GITHUB_WORKFLOW_V2[claim]
  return `${legacy} or ${name} ${FULCIO_EXTENSION_OIDS[name]}`
}

function compare(what: string, expected: string | undefined, actual: string | undefined): void {
  if (expected === undefined || actual === expected) return
  throw new SigstoreError({
    code: 'POLICY_FAILED',
    message:
      actual === undefined
        ? `certificate ${what} is missing, expected ${JSON.stringify(expected)}`
        : `certificate ${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
  })
}
