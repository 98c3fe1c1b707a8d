import {
  ClientAssertionCredential,
  DefaultAzureCredential,
  type TokenCredential
} from '@azure/identity'
import { NotationError } from '../errors.ts'
import { challengedTenantCredential } from './challenged-tenant.ts'
import { cachedIdToken } from './id-token-cache.ts'
import { tenantGuidOf } from './tenant-discovery.ts'
import { normalizeTenant } from './tenant-id.ts'

/** The audience Entra ID expects of a federated (GitHub OIDC) assertion. */
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange'

/** Entra ID in the public cloud, @azure/identity's default authority host. */
const PUBLIC_AUTHORITY_HOST = 'https://login.microsoftonline.com'

export interface AzureCredentialOptions {
  /** The app registration (or user-assigned identity) trusting this workflow's OIDC token. */
  clientId?: string
  /** Its Entra ID tenant: a GUID (any case) or a verified domain; required with clientId. */
  tenantId?: string
  /** Fetches a GitHub OIDC token for an audience (core.getIDToken); required with clientId. */
  getIdToken?: (audience: string) => Promise<string>
  /** Entra ID's URL; default https://login.microsoftonline.com (tests: the emulator). */
  authorityHost?: string
  /** Skip Entra ID instance discovery (sovereign clouds, the emulator). */
  disableInstanceDiscovery?: boolean
}

/**
 * The Azure credential of a signing job. With clientId and tenantId: workload identity federation
 * — a ClientAssertionCredential whose assertion is a GitHub OIDC token for
 * api://AzureADTokenExchange, fetched through getIdToken when Entra ID is first asked and reused
 * while it is valid (no long-lived secret, one ID-token request per run). The tenant may be given
 * in any case or as a domain: a Key Vault challenge naming the same tenant is followed, one naming
 * another is refused naming both (see challengedTenantCredential). Without them:
 * DefaultAzureCredential (environment, workload identity, managed identity, or the Azure CLI
 * session azure/login leaves). Half a configuration → INVALID_INPUT.
 */
export function azureCredential(options: AzureCredentialOptions = {}): TokenCredential {
  const { clientId, tenantId, getIdToken, authorityHost, disableInstanceDiscovery } = options
  const hostOptions = {
    ...(authorityHost !== undefined && { authorityHost }),
    ...(disableInstanceDiscovery !== undefined && { disableInstanceDiscovery })
  }
  if (!clientId && !tenantId) return new DefaultAzureCredential(hostOptions)
  if (!clientId || !tenantId) {
    const [given, missing] = clientId ? ['client id', 'tenant id'] : ['tenant id', 'client id']
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: `an Azure ${given} was given without a ${missing}: workload identity federation needs both the client id and the tenant id of the app registration (or give neither to use the credential of azure/login)`
    })
  }
  if (!getIdToken) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: `workload identity federation for client id ${clientId} needs the GitHub OIDC token: grant the job \`permissions: id-token: write\``
    })
  }
  const tenant = normalizeTenant(tenantId)
  const idToken = cachedIdToken({ getIdToken, audience: TOKEN_EXCHANGE_AUDIENCE })
  // @azure/identity reports a failing assertion callback as its own AuthenticationError; the ID
  // token's own error (a missing permission, GitHub's service failing) says more, so it is kept.
  let assertionFailure: unknown
  const assertion = () =>
    idToken().catch((error: unknown) => {
      assertionFailure = error
      throw error
    })
  const federated = new ClientAssertionCredential(tenant, clientId, assertion, hostOptions)
  const credential = challengedTenantCredential({
    credential: federated,
    tenant,
    resolveTenant: () =>
      tenantGuidOf({ tenant, authorityHost: authorityHost ?? PUBLIC_AUTHORITY_HOST })
  })
  return {
    async getToken(scopes, getTokenOptions) {
      try {
        return await credential.getToken(scopes, getTokenOptions)
      } catch (error) {
        const failure = assertionFailure
        assertionFailure = undefined
        throw failure ?? error
      }
    }
  }
}
