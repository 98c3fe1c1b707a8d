import { GITHUB_ACTIONS_ISSUER } from '../oidc/issuer.ts'
import { githubActionsClaims, type WorkflowIdentity } from '../oidc/claims.ts'

/** Where the run's files live, for the context variables that point at them. */
export interface RunLocations {
  workspace: string
  eventPath: string
  runnerTemp: string
  toolCache: string
}

/** The claims an ID token for `workflow` carries; the context variables repeat them. */
function claimsFor(workflow: WorkflowIdentity): ReturnType<typeof githubActionsClaims> {
  return githubActionsClaims({
    issuer: GITHUB_ACTIONS_ISSUER,
    audience: '',
    workflow,
    now: 0,
    lifetimeSeconds: 0,
    jti: ''
  })
}

/**
 * The default environment variables a GitHub-hosted runner gives a step of `workflow`, with the
 * same repository, ref, run and actor values an ID token minted for it carries.
 */
export function contextVariables(
  workflow: WorkflowIdentity,
  locations: RunLocations
): Record<string, string> {
  const claims = claimsFor(workflow)
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: locations.workspace,
    GITHUB_REPOSITORY: claims.repository,
    GITHUB_REPOSITORY_OWNER: claims.repository_owner,
    GITHUB_REPOSITORY_ID: claims.repository_id,
    GITHUB_REPOSITORY_OWNER_ID: claims.repository_owner_id,
    GITHUB_SHA: claims.sha,
    GITHUB_REF: claims.ref,
    GITHUB_REF_NAME: claims.ref.replace(/^refs\/(?:heads|tags|pull)\//, ''),
    GITHUB_REF_TYPE: claims.ref_type,
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: claims.head_ref,
    GITHUB_BASE_REF: claims.base_ref,
    GITHUB_RUN_ID: claims.run_id,
    GITHUB_RUN_ATTEMPT: claims.run_attempt,
    GITHUB_RUN_NUMBER: claims.run_number,
    GITHUB_WORKFLOW: claims.workflow,
    GITHUB_WORKFLOW_REF: claims.workflow_ref,
    GITHUB_WORKFLOW_SHA: claims.workflow_sha,
    GITHUB_JOB: 'release',
    GITHUB_ACTION: 'sign',
    GITHUB_EVENT_NAME: claims.event_name,
    GITHUB_EVENT_PATH: locations.eventPath,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_ACTOR: claims.actor,
    GITHUB_ACTOR_ID: claims.actor_id,
    GITHUB_TRIGGERING_ACTOR: claims.actor,
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: claims.runner_environment,
    RUNNER_TEMP: locations.runnerTemp,
    RUNNER_TOOL_CACHE: locations.toolCache
  }
}

/** A push-event payload for `workflow` (the fields actions read: ref, after, repository, sender). */
export function pushEventPayload(workflow: WorkflowIdentity): Record<string, unknown> {
  const claims = claimsFor(workflow)
  const [, name = claims.repository] = claims.repository.split('/')
  const sender = { login: claims.actor, id: Number(claims.actor_id), type: 'User' }
  return {
    ref: claims.ref,
    before: '0'.repeat(40),
    after: claims.sha,
    created: true,
    deleted: false,
    forced: false,
    head_commit: { id: claims.sha, message: 'Release', author: { username: claims.actor } },
    pusher: { name: claims.actor },
    repository: {
      id: Number(claims.repository_id),
      name,
      full_name: claims.repository,
      private: claims.repository_visibility !== 'public',
      owner: { login: claims.repository_owner, id: Number(claims.repository_owner_id) },
      html_url: `https://github.com/${claims.repository}`,
      default_branch: 'main'
    },
    sender
  }
}
