import {
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest
} from '@azure/core-rest-pipeline'
import { quote } from '@sign/safe-text'
import { KeyVaultError } from '../keyvault/keyvault-error.ts'
import { isTenantGuid, normalizeTenant } from './tenant-id.ts'

/** Options of {@link tenantGuidOf}. */
export interface TenantGuidOptions {
  /** A tenant id or a verified domain of the tenant, e.g. contoso.onmicrosoft.com. */
  tenant: string
  /** Entra ID's URL, e.g. https://login.microsoftonline.com. */
  authorityHost: string
}

// The issuer of a tenant's OpenID configuration: `https://<host>/<tenant GUID>/v2.0`.
const ISSUER_TENANT = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/v2\.0\/?$/i

/**
 * The GUID (lower case) of a tenant given as a GUID or a domain name. A domain is resolved through
 * Entra ID's OpenID discovery document for it, whose issuer names the GUID — through the Azure
 * SDK's HTTP pipeline, so the same proxy and TLS settings apply as to the token requests.
 */
export async function tenantGuidOf(options: TenantGuidOptions): Promise<string> {
  const tenant = normalizeTenant(options.tenant)
  if (isTenantGuid(tenant)) return tenant
  const url = `${options.authorityHost.replace(/\/$/, '')}/${encodeURIComponent(tenant)}/v2.0/.well-known/openid-configuration`
  let status: number
  let body: string
  try {
    const response = await createPipelineFromOptions({}).sendRequest(
      createDefaultHttpClient(),
      createPipelineRequest({ url, method: 'GET' })
    )
    status = response.status
    body = response.bodyAsText ?? ''
  } catch (cause) {
    throw new KeyVaultError({
      problem: 'unavailable',
      message: `could not ask Entra ID which tenant ${quote(tenant)} is (${url}): ${quote(cause instanceof Error ? cause.message : String(cause))}`,
      hint: "that the runner reaches the authority host, and Entra ID's service health; then re-run the job",
      cause
    })
  }
  const parsed = parseJson(body) as { issuer?: unknown; error_description?: unknown } | undefined
  const guid =
    typeof parsed?.issuer === 'string' ? ISSUER_TENANT.exec(parsed.issuer)?.[1] : undefined
  if (status === 200 && guid !== undefined) return guid.toLowerCase()
  const description =
    typeof parsed?.error_description === 'string' ? parsed.error_description : body
  if (status >= 500 || status === 200) {
    throw new KeyVaultError({
      problem: 'unavailable',
      status,
      message: `Entra ID did not say which tenant ${quote(tenant)} is (HTTP ${status} from ${url}: ${quote(description)})`,
      hint: "Entra ID's service health; then re-run the job"
    })
  }
  const aadsts = /AADSTS\d+/.exec(description)?.[0]
  throw new KeyVaultError({
    problem: 'sign-in',
    status,
    ...(aadsts !== undefined && { serviceCode: aadsts }),
    message: `Entra ID does not know the tenant ${quote(tenant)} (HTTP ${status}: ${quote(description)}); give the directory (tenant) id of the app registration, a GUID, or a verified domain of its tenant`
  })
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
