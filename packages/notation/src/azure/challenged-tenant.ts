import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity'
import { plainOrQuoted } from '@sign/safe-text'
import { KeyVaultError } from '../keyvault/keyvault-error.ts'

/** Options of {@link challengedTenantCredential}. */
export interface ChallengedTenantOptions {
  /** A credential configured for one tenant (it refuses a token for any other). */
  credential: TokenCredential
  /** That tenant, as configured: a GUID or a domain name. */
  tenant: string
  /** Its GUID in lower case (a domain is looked up once, when first needed). */
  resolveTenant: () => Promise<string>
}

/**
 * `credential`, answering the tenant a Key Vault bearer challenge names. Key Vault names its
 * tenant's GUID in lower case; @azure/identity compares it with the configured tenant as written
 * and refuses any difference ("not configured to acquire tokens for tenant …"). Here the challenge
 * is followed when it names the configured tenant in another form (another case, or the GUID of
 * the configured domain), and a tenant that really differs is a KeyVaultError (problem `tenant`)
 * naming both — never a token for a tenant the workflow did not name.
 */
export function challengedTenantCredential(options: ChallengedTenantOptions): TokenCredential {
  const { credential, tenant } = options
  let resolved: Promise<string> | undefined
  return {
    async getToken(
      scopes: string | string[],
      getTokenOptions?: GetTokenOptions
    ): Promise<AccessToken | null> {
      const { tenantId: challenged, ...rest } = getTokenOptions ?? {}
      if (challenged === undefined) return credential.getToken(scopes, rest)
      if (resolved === undefined) {
        const resolving = options.resolveTenant()
        resolving.catch(() => (resolved = undefined)) // asked again next time
        resolved = resolving
      }
      const guid = await resolved
      if (challenged.toLowerCase() !== guid) {
        // The challenge is Key Vault's text: shown as it is only when it is plain.
        const vault = plainOrQuoted(challenged.toLowerCase())
        throw new KeyVaultError({
          problem: 'tenant',
          code: 'INVALID_INPUT',
          message: `the vault belongs to tenant ${vault} (its bearer challenge names it), but the signing identity signs in to tenant ${tenant}${guid === tenant ? '' : ` (${guid})`}; give the vault's tenant, ${vault}, with an app registration of that tenant (or one consented to there)`,
          tenants: { configured: tenant, vault: challenged.toLowerCase() }
        })
      }
      return credential.getToken(scopes, rest)
    }
  }
}
