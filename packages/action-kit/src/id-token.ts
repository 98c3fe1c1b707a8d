import * as core from '@actions/core'
import { ConfigurationError } from './failure/configuration-error.ts'
import { maskSecret } from './masking.ts'

/**
 * Throws a ConfigurationError with the exact YAML to add when the job cannot request an OIDC ID
 * token (the runner sets ACTIONS_ID_TOKEN_REQUEST_URL only with `id-token: write`). Call it before
 * the first write. `action` names the action in the message, e.g. 'cosign-keyless'.
 */
export function requireIdTokenPermission(options: { action: string }): void {
  if (process.env['ACTIONS_ID_TOKEN_REQUEST_URL']) return
  throw new ConfigurationError(
    `${options.action} needs an OIDC ID token, but this job may not request one ` +
      '(ACTIONS_ID_TOKEN_REQUEST_URL is not set; pull requests from forks never get one). A ' +
      'permissions block replaces the defaults, so keep listing the others the job needs, such ' +
      'as contents: read. Add this to the job that runs this step (under jobs.<job-id>), or at ' +
      'the top level of the workflow for every job:',
    { fix: 'permissions:\n  id-token: write' }
  )
}

/**
 * An OIDC ID token for `audience` from the Actions runtime, masked in the log. Fails with the
 * permission fix when the job lacks `id-token: write`.
 */
export async function getIdToken(audience: string): Promise<string> {
  requireIdTokenPermission({ action: 'This step' })
  let token: string
  try {
    token = await core.getIDToken(audience)
  } catch (error) {
    // The runner's token service refused or failed: a remote failure, not a bug.
    throw Object.assign(
      new Error(`GitHub's OIDC token service gave no ID token for audience '${audience}'`, {
        cause: error
      }),
      {
        kind: 'remote' as const,
        hint: "GitHub's status, and that the job's id-token permission is write; then re-run the job"
      }
    )
  }
  maskSecret(token)
  return token
}
