import { ConfigurationError } from '@sign/action-kit'
import type { Inputs } from '../inputs.ts'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
// A verified domain of the tenant, e.g. contoso.onmicrosoft.com.
const DOMAIN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i
const FIX =
  'with:\n  client-id: ${{ vars.AZURE_CLIENT_ID }}  # e.g. 11111111-2222-3333-4444-555555555555\n' +
  '  tenant-id: ${{ vars.AZURE_TENANT_ID }}  # a GUID, or a domain such as contoso.onmicrosoft.com'

/**
 * Inputs `client-id` (an Entra application id: a GUID) and `tenant-id` (a GUID or a verified
 * domain name), when given, have the shape Entra ID accepts: checked before an ID token is
 * requested or Entra ID is asked. The values are not shown.
 */
export function checkWorkloadIdentity(inputs: Pick<Inputs, 'clientId' | 'tenantId'>): void {
  if (inputs.clientId !== undefined && !GUID.test(inputs.clientId)) {
    throw new ConfigurationError(
      "Input 'client-id' is not an Entra ID application (client) id, which is a GUID " +
        '(8-4-4-4-12 hex digits): copy it from the app registration, for example:',
      { fix: FIX }
    )
  }
  if (
    inputs.tenantId !== undefined &&
    !GUID.test(inputs.tenantId) &&
    !DOMAIN.test(inputs.tenantId)
  ) {
    throw new ConfigurationError(
      "Input 'tenant-id' is not an Entra ID tenant: write the directory (tenant) id, a GUID, " +
        'or a verified domain of the tenant, for example:',
      { fix: FIX }
    )
  }
}
