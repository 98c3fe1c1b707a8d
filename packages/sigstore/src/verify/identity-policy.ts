import { SigstoreError } from '../errors.ts'

/** Who must have signed: the certificate's SAN and OIDC issuer, exactly or by regexp. */
export interface IdentityPolicy {
  /** The exact SAN (URI or email) of the signing certificate. */
  certificateIdentity?: string
  /** A regexp the whole SAN must match (anchored: `^(?:…)$`, never a prefix match). */
  certificateIdentityRegexp?: string
  /** The exact OIDC issuer recorded in the certificate. */
  certificateOidcIssuer?: string
  /** A regexp the whole issuer must match (anchored like the identity regexp). */
  certificateOidcIssuerRegexp?: string
}

/** An identity policy compiled to anchored patterns, one per certificate field. */
export interface CompiledIdentityPolicy {
  identity: RegExp | undefined
  issuer: RegExp | undefined
}

/** Options of {@link compileIdentityPolicy}. */
export interface CompileIdentityPolicyOptions {
  policy: IdentityPolicy
}

/**
 * Compiles the policy to anchored regexps: an exact value is escaped, a regexp is wrapped in
 * `^(?:…)$` so `https://github.com/octo-org/` can never match a longer identity as a prefix.
 */
export function compileIdentityPolicy(
  options: CompileIdentityPolicyOptions
): CompiledIdentityPolicy {
  const { policy } = options
  return {
    identity: pattern('identity', policy.certificateIdentity, policy.certificateIdentityRegexp),
    issuer: pattern('issuer', policy.certificateOidcIssuer, policy.certificateOidcIssuerRegexp)
  }
}

function pattern(
  field: string,
  exact: string | undefined,
  regexp: string | undefined
): RegExp | undefined {
  if (exact !== undefined && regexp !== undefined) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message: `give either an exact certificate ${field} or a regexp, not both`
    })
  }
  if (exact !== undefined) return new RegExp(`^${escapeRegExp(exact)}$`, 'u')
  if (regexp === undefined) return undefined
  try {
    return new RegExp(`^(?:${regexp})$`, 'u')
  } catch (cause) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      cause,
      message: `the certificate ${field} regexp ${JSON.stringify(regexp)} is invalid (${(cause as Error).message})`
    })
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')
}

/** Options of {@link checkIdentity}. */
export interface CheckIdentityOptions {
  policy: CompiledIdentityPolicy
  /** The certificate's SAN, if it has one. */
  identity: string | undefined
  /** The certificate's OIDC issuer extension, if it has one. */
  issuer: string | undefined
}

/** Checks the signer's certificate against the compiled policy; POLICY_FAILED says which field. */
export function checkIdentity(options: CheckIdentityOptions): void {
  const { policy, identity, issuer } = options
  const check = (field: string, expected: RegExp | undefined, actual: string | undefined): void => {
    if (expected === undefined || (actual !== undefined && expected.test(actual))) return
    throw new SigstoreError({
      code: 'POLICY_FAILED',
      message: `certificate ${field} ${actual === undefined ? 'is missing' : JSON.stringify(actual)} does not match ${expected.source}`
    })
  }
  check('identity', policy.identity, identity)
  check('issuer', policy.issuer, issuer)
}
