import { badParameter } from './errors.ts'

/**
 * The data-plane api-versions Key Vault recognises, oldest first (2026-04-01: secrets only). A
 * vault of a sovereign cloud or Azure Stack Hub serves a prefix of this list.
 */
export const KEY_VAULT_API_VERSIONS = [
  '2016-10-01',
  '7.0',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '7.5',
  '7.6',
  '2025-07-01',
  '2026-04-01'
] as const

/**
 * Checks a request's `api-version` as Key Vault does: required, and one the vault serves, else
 * its 400 BadParameter "The specified version (…) is not recognized. Consider using the latest
 * supported version (…)."
 */
export function checkApiVersion(options: {
  version: string | null
  served: readonly string[]
}): void {
  const { version, served } = options
  if (!version) throw badParameter("The 'api-version' query parameter is required.")
  if (!served.includes(version)) {
    throw badParameter(
      `The specified version (${version}) is not recognized. Consider using the latest supported version (${served.at(-1) ?? ''}).`
    )
  }
}
