/**
 * Whether `name`, the tenant segment of a request path, names the tenant: its GUID in any case, or
 * one of its verified domains (e.g. contoso.onmicrosoft.com) in any case — as Entra ID resolves
 * `https://login.microsoftonline.com/<tenant>/…`.
 */
export function namesTenant(options: {
  name: string
  tenantId: string
  domains: readonly string[]
}): boolean {
  const name = options.name.toLowerCase()
  return (
    name === options.tenantId.toLowerCase() ||
    options.domains.some(domain => domain.toLowerCase() === name)
  )
}
