import {
  ClientAssertionCredential,
  DefaultAzureCredential,
  type TokenCredential
} from '@azure/identity'
import { NotationError } from '../errors.ts'

/** The audience Entra ID expects of a federated (GitHub OIDC) assertion. */
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange'

export interface AzureCredentialOptions {
  /** The app registration (or user-assigned identity) trusting this workflow's OIDC token. */
  clientId?: string
  /** Its Entra ID tenant; required with clientId. */
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
 * api://AzureADTokenExchange, fetched through getIdToken each time Entra ID is asked (no
 * long-lived secret). Without them: DefaultAzureCredential (environment, workload identity,
 * managed identity, or the Azure CLI session azure/login leaves). Half a configuration →
 * INVALID_INPUT.
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
  return new ClientAssertionCredential(
    tenantId,
    clientId,
    () => getIdToken(TOKEN_EXCHANGE_AUDIENCE),
    hostOptions
  )
}
