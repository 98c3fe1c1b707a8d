import { ConfigurationError, getIdToken } from '@sign/action-kit'
import { ProvenanceError, workflowClaims, type WorkflowClaims } from '@sign/provenance'

/** The token the step signs with, and the GitHub Actions claims the provenance is built from. */
export interface JobIdentity {
  /** The OIDC ID token (audience sigstore); masked, never shown. */
  token: string
  claims: WorkflowClaims
}

/**
 * The job's identity: input `identity-token`, else the job's own token (audience sigstore). The
 * provenance is built from that very token's claims, so it says what the certificate Fulcio
 * issues for it says — the same workflow, repository, ref and commit. A token without GitHub
 * Actions claims (another CI) cannot describe a GitHub workflow run: a configuration error
 * naming the claims it lacks.
 */
export async function jobIdentity(options: {
  identityToken: string | undefined
}): Promise<JobIdentity> {
  const token = options.identityToken ?? (await getIdToken('sigstore'))
  const payload = decodePayload(token)
  try {
    return { token, claims: workflowClaims({ claims: payload }) }
  } catch (error) {
    if (!(error instanceof ProvenanceError)) throw error
    throw new ConfigurationError(
      `The ID token is not a GitHub Actions job's: ${error.message}. SLSA provenance of GitHub's workflow buildType describes a GitHub Actions run, so the step must run in one (with permissions id-token: write) or be given such a job's token:`,
      { fix: 'permissions:\n  id-token: write', cause: error }
    )
  }
}

function decodePayload(token: string): Record<string, unknown> {
  try {
    const value = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')
    ) as unknown
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>
    }
  } catch {
    // Reported below.
  }
  throw new ConfigurationError(
    "The ID token's payload is not a JSON object, so it names no workflow run. Pass the job's ID token (audience sigstore):",
    { fix: 'with:\n  identity-token: ${{ steps.oidc.outputs.token }}' }
  )
}
