// Choosing the statement that applies to an artifact (notation-go GetApplicableTrustPolicy,
// GetGlobalTrustPolicy).
import { NotationError } from '../errors.ts'
import { TRUST_POLICY_LINK } from './policy-error.ts'
import { referenceRepository } from './registry-scope.ts'
import type { TrustPolicyDocument, TrustPolicyStatement } from './types.ts'

const sourceOf = (document: TrustPolicyDocument): string => document.source ?? 'the trust policy'

function expectKind(document: TrustPolicyDocument, kind: 'oci' | 'blob'): void {
  if (document.kind !== kind) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: `${sourceOf(document)} is a ${document.kind} trust policy document, but ${kind === 'oci' ? 'an image' : 'a file (blob)'} is being verified; give a ${kind} trust policy (${kind === 'oci' ? 'trustpolicy.oci.json' : 'trustpolicy.blob.json'})`
    })
  }
}

/** Options of {@link selectOciStatement}. */
export interface SelectOciStatementOptions {
  document: TrustPolicyDocument
  /** `registry/repository`, optionally with `:tag` and/or `@sha256:…`. */
  reference: string
}

/**
 * The statement whose registry scope is exactly the artifact's `registry/repository`, else the
 * `*` statement; NotationError NO_APPLICABLE_TRUST_POLICY when neither exists.
 */
export function selectOciStatement(options: SelectOciStatementOptions): TrustPolicyStatement {
  const { document, reference } = options
  expectKind(document, 'oci')
  const repository = referenceRepository(reference)
  if (repository === undefined) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: `artifact reference ${JSON.stringify(reference)} could not be parsed, make sure it is the fully qualified oci artifact reference without the scheme/protocol, e.g. domain.com:80/my/repository@sha256:digest`
    })
  }
  const exact = document.statements.find(statement => statement.registryScopes.includes(repository))
  const wildcard = document.statements.find(statement => statement.registryScopes.includes('*'))
  const statement = exact ?? wildcard
  if (statement) return statement
  throw new NotationError({
    code: 'NO_APPLICABLE_TRUST_POLICY',
    message: `there is no applicable trust policy for the given artifact ${JSON.stringify(reference)}: no statement of ${sourceOf(document)} has registry scope ${JSON.stringify(repository)} or "*". Trust policy applicability for a given artifact is determined by registryScopes; add ${JSON.stringify(repository)} to a statement's registryScopes. To create a trust policy, see: ${TRUST_POLICY_LINK}`
  })
}

/** Options of {@link selectBlobStatement}. */
export interface SelectBlobStatementOptions {
  document: TrustPolicyDocument
  /** The statement to use (notation's --policy-name); the global statement when absent. */
  policyName?: string
}

/** The named statement, or the `globalPolicy` one; NO_APPLICABLE_TRUST_POLICY when absent. */
export function selectBlobStatement(options: SelectBlobStatementOptions): TrustPolicyStatement {
  const { document, policyName } = options
  expectKind(document, 'blob')
  const names = document.statements.map(statement => JSON.stringify(statement.name)).join(', ')
  if (policyName !== undefined) {
    if (policyName.trim() === '') {
      throw new NotationError({
        code: 'INVALID_INPUT',
        message: `policy name cannot be empty; give one of ${names} (${sourceOf(document)})`
      })
    }
    const named = document.statements.find(statement => statement.name === policyName)
    if (named) return named
    throw new NotationError({
      code: 'NO_APPLICABLE_TRUST_POLICY',
      message: `there is no applicable trust policy for the given artifact: no applicable blob trust policy with name ${JSON.stringify(policyName)} in ${sourceOf(document)}; its statements are ${names}`
    })
  }
  const global = document.statements.find(statement => statement.globalPolicy)
  if (global) return global
  throw new NotationError({
    code: 'NO_APPLICABLE_TRUST_POLICY',
    message: `there is no applicable trust policy for the given artifact: no global blob trust policy in ${sourceOf(document)}; give a policy name (one of ${names}) or mark one statement with "globalPolicy": true`
  })
}
