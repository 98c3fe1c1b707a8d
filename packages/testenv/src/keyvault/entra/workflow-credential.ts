import type { OidcIssuer } from '../../oidc/issuer.ts'
import type { FederatedCredential } from './federation.ts'

/**
 * The federated credential a GitHub workflow is registered with in Entra ID: the issuer's tokens
 * for its workflow run, subject `repo:<repository>:ref:<ref>`, accepted for `clientId`.
 */
export function workflowFederatedCredential(options: {
  oidc: Pick<OidcIssuer, 'issuer' | 'discoveryUrl' | 'workflow'>
  clientId: string
}): FederatedCredential {
  const { oidc } = options
  return {
    clientId: options.clientId,
    issuer: oidc.issuer,
    subject: `repo:${oidc.workflow.repository}:ref:${oidc.workflow.ref}`,
    discoveryUrl: oidc.discoveryUrl
  }
}
