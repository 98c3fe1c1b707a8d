const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether `tenant` is a directory (tenant) id, a GUID, rather than a domain name. */
export function isTenantGuid(tenant: string): boolean {
  return GUID.test(tenant)
}

/**
 * A tenant as Entra ID and Key Vault write it: a GUID or a domain name in lower case. Key Vault's
 * bearer challenge names the tenant's GUID in lower case, and @azure/identity compares tenants
 * case-sensitively, so an upper-case tenant id would otherwise be refused as another tenant.
 */
export function normalizeTenant(tenant: string): string {
  return tenant.toLowerCase()
}
