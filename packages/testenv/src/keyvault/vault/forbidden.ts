import { VaultError } from './errors.ts'
import type { VaultOperation } from './routes.ts'

/** The operations a principal can be refused, each needing its own permission. */
export type ForbiddableOperation = Extract<
  VaultOperation,
  'getKey' | 'sign' | 'getCertificate' | 'getSecret'
>

/**
 * How Key Vault words a 403: a vault on access policies (`AccessDenied`: "does not have keys sign
 * permission"), one on Azure RBAC (`ForbiddenByRbac`: the multi-line "Caller is not authorized"
 * with the data action and resource), or an access policy granted only to an application together
 * with a user (`ForbiddenByPolicy`: "requires the caller … to use on-behalf-of (OBO) flow").
 */
export type ForbiddenWording = 'access-policy' | 'rbac' | 'compound-identity'

const PERMISSION: Record<
  ForbiddableOperation,
  { collection: string; verb: string; action: string }
> = {
  getKey: { collection: 'keys', verb: 'get', action: 'keys/read' },
  sign: { collection: 'keys', verb: 'sign', action: 'keys/sign/action' },
  getCertificate: { collection: 'certificates', verb: 'get', action: 'certificates/read' },
  getSecret: { collection: 'secrets', verb: 'get', action: 'secrets/getSecret/action' }
}

/** The subscription and resource group the emulator's vault claims to live in. */
const RESOURCE_GROUP =
  '/subscriptions/00000000-0000-0000-0000-00000000c0de/resourcegroups/signing/providers/microsoft.keyvault/vaults'

export interface ForbiddenOptions {
  operation: ForbiddableOperation
  wording: ForbiddenWording
  /** The object's name. */
  name: string
  /** The vault's name as Key Vault writes it in messages, e.g. `my-vault`. */
  vault: string
  /** The caller's access-token claims. */
  claims: Record<string, unknown>
}

/** Key Vault's 403 for `operation`, in `wording`. */
export function forbidden(options: ForbiddenOptions): VaultError {
  const { appid, oid, iss } = options.claims
  const caller = `appid=${String(appid)};oid=${String(oid)};iss=${String(iss)}`
  const { collection, verb, action } = PERMISSION[options.operation]
  const vault = `${options.vault};location=loopback`
  switch (options.wording) {
    case 'access-policy':
      return new VaultError({
        status: 403,
        code: 'Forbidden',
        message: `The user, group or application '${caller}' does not have ${collection} ${verb} permission on key vault '${vault}'. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287`,
        innerCode: 'AccessDenied'
      })
    case 'rbac':
      return new VaultError({
        status: 403,
        code: 'Forbidden',
        message: [
          'Caller is not authorized to perform action on resource.',
          'If role assignments, deny assignments or role definitions were changed recently, please observe propagation time.',
          `Caller: ${caller}`,
          `Action: 'Microsoft.KeyVault/vaults/${action}'`,
          `Resource: '${RESOURCE_GROUP}/${options.vault.toLowerCase()}/${collection}/${options.name.toLowerCase()}'`,
          'Assignment: (not found)',
          'DenyAssignmentId: null',
          'DecisionReason: null ',
          `Vault: ${vault}`,
          ''
        ].join('\r\n'),
        innerCode: 'ForbiddenByRbac'
      })
    case 'compound-identity':
      return new VaultError({
        status: 403,
        code: 'Forbidden',
        message: `The policy requires the caller '${caller}' to use on-behalf-of (OBO) flow. For more information on OBO, please see https://go.microsoft.com/fwlink/?linkid=2152310`,
        innerCode: 'ForbiddenByPolicy'
      })
  }
}
