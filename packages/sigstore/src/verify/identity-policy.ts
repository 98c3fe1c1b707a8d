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

/** One certificate field's anchored pattern, and what the policy gave for it. */
export interface FieldPattern {
  pattern: RegExp
  /** The value as the policy wrote it: an exact value, or a regexp (before anchoring). */
  given: { exact: string } | { regexp: string }
}

/** An identity policy compiled to anchored patterns, one per certificate field. */
export interface CompiledIdentityPolicy {
  identity: FieldPattern | undefined
  issuer: FieldPattern | undefined
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
): FieldPattern | undefined {
  if (exact !== undefined && regexp !== undefined) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message: `give either an exact certificate ${field} or a regexp, not both`
    })
  }
  if (exact !== undefined) {
    return { pattern: new RegExp(`^${escapeRegExp(exact)}$`, 'u'), given: { exact } }
  }
  if (regexp === undefined) return undefined
  try {
    return { pattern: new RegExp(`^(?:${regexp})$`, 'u'), given: { regexp } }
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

/**
 * Checks the signer's certificate against the compiled policy; POLICY_FAILED says which field,
 * the certificate's value, and what the policy gave as it was written (the exact value, or the
 * regexp before anchoring), never the compiled pattern.
 */
export function checkIdentity(options: CheckIdentityOptions): void {
  const { policy, identity, issuer } = options
  const check = (field: string, expected: FieldPattern | undefined, actual: string | undefined) => {
    if (expected === undefined || (actual !== undefined && expected.pattern.test(actual))) return
    throw new SigstoreError({
      code: 'POLICY_FAILED',
      message: mismatch({ field, given: expected.given, actual })
    })
  }
  check('identity', policy.identity, identity)
  check('issuer', policy.issuer, issuer)
}

/**
 * `certificate identity "…v1.2.3" does not match the expected "…v1.2.4"`, or `… does not match the
 * regexp "…" (which must match the whole identity)`; `certificate identity is missing, …`.
 */
function mismatch(options: {
  field: string
  given: FieldPattern['given']
  actual: string | undefined
}): string {
  const { field, given, actual } = options
  const found =
    actual === undefined
      ? `certificate ${field} is missing, so it does not match`
      : `certificate ${field} ${JSON.stringify(actual)} does not match`
  return 'exact' in given
    ? `${found} the expected ${asWritten(given.exact)}`
    : `${found} the regexp ${asWritten(given.regexp)} (which must match the whole ${field})`
}

/** A policy value in quotes as it was written: JSON-escaped only if it holds a quote or control. */
function asWritten(value: string): string {
  return /^[^"\p{Cc}]*$/u.test(value) ? `"${value}"` : JSON.stringify(value)
}
