import { quote } from '@sign/safe-text'
import { OPERATIONS, describeCall, type KeyVaultCall } from './call.ts'
import { KeyVaultError, type AccessModel } from './keyvault-error.ts'
import type { ServiceAnswer } from './service-answer.ts'

const MODELS: Record<string, AccessModel> = {
  AccessDenied: 'access-policy',
  ForbiddenByRbac: 'rbac',
  ForbiddenByPolicy: 'compound-identity',
  ForbiddenByFirewall: 'firewall',
  ForbiddenByConnection: 'firewall'
}

/** The RBAC scope a ForbiddenByRbac answer names (`Resource: '/subscriptions/…'`). */
const RESOURCE = /^Resource: '(\/subscriptions\/[^'\s]+)'/m

/**
 * Key Vault's 403 for `call` as a forbidden KeyVaultError naming what to grant, in the terms of the
 * vault's access model: the access-policy permission (AccessDenied), the role and its data action
 * (ForbiddenByRbac), an access policy for the application alone instead of an application with a
 * user (ForbiddenByPolicy: compound identity), the vault's network rules (ForbiddenByFirewall), or
 * both permission and role when the answer does not say.
 */
export function forbiddenError(options: {
  call: KeyVaultCall
  answer: ServiceAnswer
  cause: unknown
}): KeyVaultError {
  const { call, answer } = options
  const { permission, role, dataAction, kind } = OPERATIONS[call.operation]
  const model = MODELS[answer.innerCode ?? ''] ?? 'unknown'
  const scope = RESOURCE.exec(answer.text)?.[1]
  const serviceCode = answer.innerCode ?? answer.code
  const what: Record<AccessModel, string> = {
    'access-policy': `its access policies do not give the signing identity the ${permission} permission: add one that does`,
    rbac: `no role assignment gives the signing identity ${dataAction}: assign it the "${role}" role on the vault or on the ${kind}`,
    'compound-identity': `its access policy for the signing identity names an application together with a user (a compound identity), which a workflow cannot sign in as: add an access policy giving the application alone the ${permission} permission`,
    firewall: `its network rules do not let this runner's address in: allow it in the vault's firewall, or sign from a runner inside the vault's network`,
    unknown: `grant the signing identity the ${permission} permission (access policy) or the "${role}" role (Azure RBAC)`
  }
  return new KeyVaultError({
    problem: 'forbidden',
    message: `Key Vault ${call.vaultUrl} refused to ${describeCall(call)} (403${serviceCode ? ` ${serviceCode}` : ''}: ${quote(answer.text)}); ${what[model]}`,
    status: 403,
    ...(serviceCode !== undefined && { serviceCode }),
    call,
    grant: { permission, role, dataAction, model, ...(scope !== undefined && { scope }) },
    cause: options.cause
  })
}
