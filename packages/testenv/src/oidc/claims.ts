/** The claims of a GitHub Actions ID token, as token.actions.githubusercontent.com issues them. */
export interface GitHubActionsClaims {
  iss: string
  sub: string
  aud: string
  repository: string
  repository_owner: string
  repository_id: string
  repository_owner_id: string
  repository_visibility: string
  ref: string
  ref_type: string
  sha: string
  workflow: string
  workflow_ref: string
  workflow_sha: string
  job_workflow_ref: string
  job_workflow_sha: string
  event_name: string
  runner_environment: string
  run_id: string
  run_number: string
  run_attempt: string
  actor: string
  actor_id: string
  head_ref: string
  base_ref: string
  jti: string
  iat: number
  nbf: number
  exp: number
  [claim: string]: string | number
}

/** The workflow run a token describes; every field has a realistic default. */
export interface WorkflowIdentity {
  repository: string
  ref: string
  sha: string
  workflowPath: string
  eventName: string
  runId: string
  runAttempt: string
}

export const DEFAULT_WORKFLOW: WorkflowIdentity = {
  repository: 'octo-org/octo-repo',
  ref: 'refs/tags/v1.2.3',
  sha: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9',
  workflowPath: '.github/workflows/release.yml',
  eventName: 'push',
  runId: '4242424242',
  runAttempt: '1'
}

/** Claims for `workflow`, shaped exactly like GitHub's (sub, workflow_ref, job_workflow_ref…). */
export function githubActionsClaims(options: {
  issuer: string
  audience: string
  workflow: WorkflowIdentity
  now: number
  lifetimeSeconds: number
  jti: string
}): GitHubActionsClaims {
  const { workflow, now } = options
  const [owner = 'octo-org'] = workflow.repository.split('/')
  const workflowRef = `${workflow.repository}/${workflow.workflowPath}@${workflow.ref}`
  const refType = workflow.ref.startsWith('refs/tags/') ? 'tag' : 'branch'
  return {
    iss: options.issuer,
    sub: `repo:${workflow.repository}:ref:${workflow.ref}`,
    aud: options.audience,
    repository: workflow.repository,
    repository_owner: owner,
    repository_id: '700000001',
    repository_owner_id: '100000001',
    repository_visibility: 'public',
    ref: workflow.ref,
    ref_type: refType,
    sha: workflow.sha,
    workflow: 'Release',
    workflow_ref: workflowRef,
    workflow_sha: workflow.sha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: workflow.sha,
    event_name: workflow.eventName,
    runner_environment: 'github-hosted',
    run_id: workflow.runId,
    run_number: '17',
    run_attempt: workflow.runAttempt,
    actor: 'octocat',
    actor_id: '583231',
    head_ref: '',
    base_ref: '',
    jti: options.jti,
    iat: now,
    nbf: now - 5,
    exp: now + options.lifetimeSeconds
  }
}
