import type { FailureKind } from '@sign/failure'
import { NotationError, type NotationErrorCode } from '../errors.ts'
import type { KeyVaultCall, KeyVaultGrant } from './call.ts'

/**
 * What went wrong between the signer and Key Vault or Entra ID, for callers that say what to do in
 * their own terms (which input, which command):
 * - forbidden: a 403 — the signing identity lacks a permission or role (`grant`, `model`);
 * - sign-in: Entra ID or Key Vault refused the identity (a 401, an AADSTS error, no credential);
 * - tenant: the vault belongs to another tenant than the one the identity signs in to;
 * - not-found: no such key, certificate or secret (a 404);
 * - wrong-key: the key is not the signing certificate's key;
 * - managed-hsm: a Managed HSM key, which has no certificate to sign with;
 * - api-version: the vault does not serve the pinned api-version (a cloud that has not caught up);
 * - unavailable: Key Vault or Entra ID failed on its side, or could not be reached.
 */
export type KeyVaultProblem =
  | 'forbidden'
  | 'sign-in'
  | 'tenant'
  | 'not-found'
  | 'wrong-key'
  | 'managed-hsm'
  | 'api-version'
  | 'unavailable'

/** How a vault that refused with a 403 grants access, as its answer shows. */
export type AccessModel = 'access-policy' | 'rbac' | 'compound-identity' | 'firewall' | 'unknown'

const KINDS: Record<KeyVaultProblem, FailureKind> = {
  forbidden: 'configuration',
  'sign-in': 'configuration',
  tenant: 'configuration',
  'not-found': 'configuration',
  'wrong-key': 'configuration',
  'managed-hsm': 'configuration',
  'api-version': 'remote',
  unavailable: 'remote'
}

/** Options of the {@link KeyVaultError} constructor. */
export interface KeyVaultErrorOptions {
  problem: KeyVaultProblem
  /** Default KEY_VAULT_FAILED. */
  code?: NotationErrorCode
  message: string
  /** What to check, for a remote problem (the others say what to do in the message). */
  hint?: string
  status?: number
  /** Key Vault's inner error code (ForbiddenByRbac…) or error code, or Entra ID's AADSTS code. */
  serviceCode?: string
  call?: KeyVaultCall
  /** forbidden: what would allow the call, and how the vault grants access. */
  grant?: KeyVaultGrant & { model: AccessModel; scope?: string }
  /** tenant: the tenant the identity signs in to, and the vault's. */
  tenants?: { configured: string; vault: string }
  cause?: unknown
}

/**
 * A NotationError of the Key Vault signer whose failure kind follows the problem, not the code: a
 * missing permission, a sign-in the identity's configuration refuses or a key id of the wrong key
 * is configuration (the workflow must change), a service failing is remote, with a hint that does
 * not speak of a permission when none is named.
 */
export class KeyVaultError extends NotationError {
  readonly problem: KeyVaultProblem
  override readonly kind: FailureKind
  override readonly hint: string | undefined
  readonly status: number | undefined
  readonly serviceCode: string | undefined
  readonly call: KeyVaultCall | undefined
  readonly grant: KeyVaultErrorOptions['grant']
  readonly tenants: KeyVaultErrorOptions['tenants']

  constructor(options: KeyVaultErrorOptions) {
    super({
      code: options.code ?? 'KEY_VAULT_FAILED',
      message: options.message,
      cause: options.cause
    })
    this.name = 'KeyVaultError'
    this.problem = options.problem
    this.kind = KINDS[options.problem]
    this.hint = options.hint
    this.status = options.status
    this.serviceCode = options.serviceCode
    this.call = options.call
    this.grant = options.grant
    this.tenants = options.tenants
  }
}
