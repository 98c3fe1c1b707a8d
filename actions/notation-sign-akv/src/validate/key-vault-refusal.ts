// A Key Vault or Entra ID refusal the workflow can fix — a missing permission or role, a sign-in
// the identity's configuration refuses, another tenant, a key id that names the wrong key — as a
// ConfigurationError naming the input and what to run or write.
import { ConfigurationError } from '@sign/action-kit'
import type { KeyVaultError } from '@sign/notation'
import { plainOrQuoted } from '@sign/safe-text'
import { KEY_VAULT_FIX, type SigningKey } from './key-inputs.ts'

type KeyVaultKey = Extract<SigningKey, { kind: 'key-vault' }>

/** Entra ID's answers that say the tenant itself is wrong (not found, not a tenant id). */
const TENANT_CODES = new Set(['AADSTS90002', 'AADSTS900023'])

/** The verbs of `az keyvault set-policy --<kind>-permissions` the signer needs of each kind. */
const VERBS = { keys: 'get sign', certificates: 'get', secrets: 'get' } as const

/** The name `az keyvault` knows the vault by: the first label of its host (not of an address). */
function vaultName(vaultUrl: string): string {
  const host = new URL(vaultUrl).hostname
  return /^[\d.]+$|^\[/.test(host) ? '<vault-name>' : (host.split('.')[0] ?? host)
}

/**
 * The ConfigurationError for a KeyVaultError of a problem the workflow can fix, or undefined for a
 * remote one (an api-version the vault's cloud does not serve, a service failing), which is
 * reported as the domain error is.
 */
export function keyVaultAccessRefusal(options: {
  error: KeyVaultError
  key: KeyVaultKey
}): ConfigurationError | undefined {
  const { error, key } = options
  const refuse = (input: string, fix: string | undefined) =>
    new ConfigurationError(`Input '${input}': ${error.message}.`, {
      ...(fix !== undefined && { fix }),
      cause: error
    })
  switch (error.problem) {
    case 'forbidden':
      return refuse('key-id', grantFix({ error, key }))
    case 'sign-in':
      return signInRefusal({ error, key, refuse })
    case 'tenant':
      return refuse(
        'tenant-id',
        `with:\n  tenant-id: ${error.tenants ? plainOrQuoted(error.tenants.vault) : "<the vault's tenant id>"}`
      )
    case 'not-found':
    case 'wrong-key':
      return refuse('key-id', undefined)
    case 'managed-hsm':
      return refuse('key-id', KEY_VAULT_FIX)
    case 'api-version':
    case 'unavailable':
      return undefined
  }
}

const FEDERATED_CREDENTIAL_FIX =
  "Add a federated credential to the app registration for this workflow's subject: issuer https://token.actions.githubusercontent.com, subject repo:<owner>/<repository>:ref:<ref> (or environment:<name>), audience api://AzureADTokenExchange."

/** A refused sign-in: the tenant, the application or its federated credential, or no credential. */
function signInRefusal(options: {
  error: KeyVaultError
  key: KeyVaultKey
  refuse: (input: string, fix: string | undefined) => ConfigurationError
}): ConfigurationError {
  const { error, key, refuse } = options
  if (TENANT_CODES.has(error.serviceCode ?? '')) {
    return refuse(
      'tenant-id',
      "with:\n  tenant-id: ${{ vars.AZURE_TENANT_ID }}  # the app registration's directory (tenant) id"
    )
  }
  if (key.clientId === undefined) {
    return refuse(
      'client-id',
      `Run azure/login before this step, or sign in with workload identity federation:\n${KEY_VAULT_FIX}`
    )
  }
  if (error.serviceCode === 'AADSTS700016') {
    return refuse(
      'client-id',
      `Give the Application (client) ID of an app registration in the tenant tenant-id names (Entra ID, App registrations, Overview):\n${KEY_VAULT_FIX}`
    )
  }
  return refuse('client-id', FEDERATED_CREDENTIAL_FIX)
}

/** What to run to grant the permission or role a 403 names, in the vault's access model. */
function grantFix(options: { error: KeyVaultError; key: KeyVaultKey }): string {
  const { error, key } = options
  const grant = error.grant
  const call = error.call
  if (grant === undefined || call === undefined)
    return 'Grant the signing identity access to the vault.'
  const assignee = key.clientId ?? '<client-id>'
  const kind = grant.permission.split('/')[0] as keyof typeof VERBS
  const policy = `az keyvault set-policy --name ${vaultName(call.vaultUrl)} --spn ${assignee} --${kind.replace(/s$/, '')}-permissions ${VERBS[kind]}`
  const role = `az role assignment create --role "${grant.role}" --assignee ${assignee} --scope ${grant.scope ?? "<the vault's resource id>"}`
  switch (grant.model) {
    case 'access-policy':
    case 'compound-identity':
      return `Grant it with an access policy for the application alone:\n${policy}`
    case 'rbac':
      return `Assign the role:\n${role}`
    case 'firewall':
      return "Allow the runner's address in the vault's Networking settings, or run the job on a runner inside the vault's network."
    case 'unknown':
      return `With access policies:\n${policy}\nwith Azure RBAC:\n${role}`
  }
}
