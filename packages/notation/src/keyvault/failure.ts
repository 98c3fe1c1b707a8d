import { quote } from '@sign/safe-text'
import { NotationError } from '../errors.ts'
import { KEY_VAULT_API_VERSIONS } from './api-versions.ts'
import { OPERATIONS, describeCall, describeObject, type KeyVaultCall } from './call.ts'
import { forbiddenError } from './forbidden.ts'
import { KeyVaultError } from './keyvault-error.ts'
import { serviceAnswer } from './service-answer.ts'

export type { KeyVaultCall, KeyVaultOperation } from './call.ts'

/** @azure/identity's errors: the identity could not get a token. */
const CREDENTIAL_ERRORS = new Set([
  'AuthenticationError',
  'AggregateAuthenticationError',
  'AuthenticationRequiredError',
  'CredentialUnavailableError'
])

const UNKNOWN_VERSION = /The specified version \(([^)]*)\) is not recognized/

/** The HTTP status of an Azure SDK RestError, if `error` is one. */
export function statusOf(error: unknown): number | undefined {
  return serviceAnswer(error).status
}

/**
 * The error for a failed Key Vault call, by what it says about the fix (see KeyVaultProblem): a
 * sign-in refused by Entra ID or Key Vault (401), a 403 naming the permission or role to grant in
 * the vault's access model, a 404, an api-version the vault does not serve, or a failure on the
 * service's side. Messages quote Key Vault's and Entra ID's text, never a token. An error that
 * already says what went wrong (a NotationError, or one carrying its failure kind, such as the
 * GitHub ID token's) is returned as it is.
 */
export function keyVaultFailure(options: { call: KeyVaultCall; cause: unknown }): NotationError {
  const { call, cause } = options
  if (cause instanceof NotationError) return cause
  const answer = serviceAnswer(cause)
  const { status } = answer
  const serviceCode = answer.innerCode ?? answer.code
  const detail = `${[status, serviceCode].filter(part => part !== undefined).join(' ')}${status === undefined && serviceCode === undefined ? '' : ': '}${quote(answer.text)}`
  const where = `Key Vault ${call.vaultUrl}`
  const common = {
    call,
    cause,
    ...(status !== undefined && { status }),
    ...(serviceCode !== undefined && { serviceCode })
  }
  const name = cause instanceof Error ? cause.name : ''
  const credential = CREDENTIAL_ERRORS.has(name)
  if (credential && status !== undefined && status >= 500) {
    return new KeyVaultError({
      ...common,
      problem: 'unavailable',
      message: `Entra ID failed to sign the identity in to ${where} to ${describeCall(call)} (${detail})`,
      hint: "Entra ID's service health (status.azure.com); then re-run the job"
    })
  }
  if (credential || status === 401) {
    const aadsts = /AADSTS\d+/.exec(answer.text)?.[0]
    return new KeyVaultError({
      ...common,
      ...(aadsts !== undefined && { serviceCode: aadsts }),
      problem: 'sign-in',
      message: `could not sign in to ${where} to ${describeCall(call)} (${detail}); check the Azure credential — client id, tenant id and the app registration's federated credential for this workflow's subject — or run azure/login before this step`
    })
  }
  if (status === 403) return forbiddenError({ call, answer, cause })
  const { permission } = OPERATIONS[call.operation]
  if (status === 404) {
    return new KeyVaultError({
      ...common,
      problem: 'not-found',
      message: `${where} has no ${describeObject(call)} (${detail}); check the key id — the signer needs a Key Vault certificate of that name (its key, certificate and secret share name and version) and the ${permission} permission`
    })
  }
  const version = UNKNOWN_VERSION.exec(answer.text)?.[1]
  if (status === 400 && version !== undefined) {
    const pinned = [...new Set(Object.values(KEY_VAULT_API_VERSIONS))].join(', ')
    return new KeyVaultError({
      ...common,
      problem: 'api-version',
      message: `${where} does not serve the Key Vault api-version ${quote(version)} this signer uses to ${describeCall(call)} (${detail})`,
      hint: `which Key Vault api-versions the vault's cloud serves: this signer uses ${pinned}, generally available in every Azure cloud, so a vault that refuses it is in a cloud (or Azure Stack Hub) this signer does not support`
    })
  }
  return new KeyVaultError({
    ...common,
    problem: 'unavailable',
    message: `${where} failed to ${describeCall(call)} (${detail})`,
    hint: "Key Vault's service health for the vault's region (status.azure.com); then re-run the job"
  })
}

/** Whether `error` already says what went wrong in the failure contract (it carries a kind). */
export const isKinded = (error: unknown): boolean =>
  error instanceof NotationError ||
  (error instanceof Error && typeof (error as { kind?: unknown }).kind === 'string')

/** Runs one Key Vault call, turning any failure into keyVaultFailure's error. */
export async function callKeyVault<T>(options: {
  call: KeyVaultCall
  run: () => Promise<T>
}): Promise<T> {
  try {
    return await options.run()
  } catch (cause) {
    if (isKinded(cause)) throw cause
    throw keyVaultFailure({ call: options.call, cause })
  }
}
