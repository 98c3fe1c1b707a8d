// Request counters over the loopback services, and what a run leaves behind on disk.
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import type { BasicRegistry, EntraId, KeyVault, OidcIssuer, TokenRegistry } from '@sign/testenv'

/** Requests in the registry's access log (401 challenges included). */
export function registryRequestCount(registry: BasicRegistry | TokenRegistry): number {
  return readFileSync(registry.logPath, 'utf8')
    .split('\n')
    .filter(line => /^127\.0\.0\.1 - - \[/.test(line)).length
}

/** ID tokens the job's token endpoint has handed out, for every audience. */
export function idTokenRequestCount(oidc: OidcIssuer): number {
  return [...oidc.requests.values()].reduce((sum, count) => sum + count, 0)
}

/** Requests Entra ID and Key Vault have answered. */
export function azureRequestCounts(options: { entra: EntraId; vault: KeyVault }): {
  entra: number
  entraTokens: number
  vault: number
} {
  const { entra, vault } = options
  return {
    entra: [...entra.requests.values()].reduce((sum, count) => sum + count, 0),
    entraTokens: entra.tokensIssued,
    vault: vault.history.length
  }
}

/** Every file and directory under `directory`, relative and sorted. */
export async function listTree(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true })
  return entries.sort()
}
