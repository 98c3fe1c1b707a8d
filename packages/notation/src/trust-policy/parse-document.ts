// Trust policy documents (trustpolicy.oci.json / trustpolicy.json and trustpolicy.blob.json)
// validated with notation-go's rules and messages (verifier/trustpolicy/{oci,blob}.go).
import {
  asObject,
  booleanField,
  objectArrayField,
  objectField,
  stringArrayField,
  stringField,
  stringMapField
} from './json-fields.ts'
import type { JsonObject } from './json-fields.ts'
import { policyError } from './policy-error.ts'
import { registryScopeProblem } from './registry-scope.ts'
import { validateStatementCore } from './statement-core.ts'
import type { RawStatementCore } from './statement-core.ts'
import type { TrustPolicyDocument, TrustPolicyStatement } from './types.ts'

/** Options of {@link parseTrustPolicyDocument}. */
export interface ParseTrustPolicyDocumentOptions {
  /** The document as JSON.parse returned it. */
  json: unknown
  /** `oci` for trustpolicy.oci.json / trustpolicy.json, `blob` for trustpolicy.blob.json. */
  kind: 'oci' | 'blob'
  /** The file path or a label, first in every message. */
  source: string
}

interface RawStatement extends RawStatementCore {
  registryScopes: string[] | undefined
  globalPolicy: boolean
}

function decodeStatement(statement: JsonObject, path: string, source: string): RawStatement {
  const place = { source, path }
  const verification = objectField(statement, 'signatureVerification', place)
  const verificationPlace = { source, path: `${path}.signatureVerification` }
  return {
    name: stringField(statement, 'name', place),
    level: stringField(verification, 'level', verificationPlace),
    override: stringMapField(verification, 'override', verificationPlace) ?? [],
    verifyTimestamp: stringField(verification, 'verifyTimestamp', verificationPlace),
    trustStores: stringArrayField(statement, 'trustStores', place) ?? [],
    trustedIdentities: stringArrayField(statement, 'trustedIdentities', place) ?? [],
    registryScopes: stringArrayField(statement, 'registryScopes', place),
    globalPolicy: booleanField(statement, 'globalPolicy', place)
  }
}

function checkRegistryScopes(statements: RawStatement[], source: string): void {
  const seen = new Set<string>()
  const repeated: string[] = []
  for (const { name, registryScopes = [] } of statements) {
    const quoted = JSON.stringify(name)
    if (registryScopes.length === 0) {
      throw policyError(
        source,
        `oci trust policy statement ${quoted} has zero registry scopes, it must specify registry scopes with at least one value`
      )
    }
    if (registryScopes.length > 1 && registryScopes.includes('*')) {
      throw policyError(
        source,
        `oci trust policy statement ${quoted} uses wildcard registry scope '*', a wildcard scope cannot be used in conjunction with other scope values`
      )
    }
    for (const scope of registryScopes) {
      const problem = scope === '*' ? undefined : registryScopeProblem(scope)
      if (problem) throw policyError(source, problem)
      if (seen.has(scope)) repeated.push(scope)
      seen.add(scope)
    }
  }
  const scope = repeated[0]
  if (scope !== undefined) {
    throw policyError(
      source,
      `registry scope ${JSON.stringify(scope)} is present in multiple oci trust policy statements, one registry scope value can only be associated with one statement`
    )
  }
}

/**
 * Validates a parsed trust policy document with notation's rules and returns its statements
 * with the action of every check computed. Throws NotationError INVALID_TRUST_POLICY with
 * notation's message, prefixed with `source`.
 */
export function parseTrustPolicyDocument(
  options: ParseTrustPolicyDocumentOptions
): TrustPolicyDocument {
  const { kind, source } = options
  const json = asObject(options.json, { source, path: 'the trust policy document' }) ?? {}
  const version = stringField(json, 'version', { source, path: '' })
  const rawStatements = (objectArrayField(json, 'trustPolicies', { source, path: '' }) ?? []).map(
    (statement, index) => decodeStatement(statement, `trustPolicies[${index}]`, source)
  )
  const label = `${kind} trust policy`
  if (version === '') {
    throw policyError(
      source,
      kind === 'oci'
        ? 'oci trust policy document has empty version, version must be specified'
        : 'blob trust policy has empty version, version must be specified'
    )
  }
  if (version !== '1.0') {
    throw policyError(
      source,
      `${label} document uses unsupported version ${JSON.stringify(version)}`
    )
  }
  if (rawStatements.length === 0) {
    throw policyError(source, `${label} document can not have zero trust policy statements`)
  }
  const names = new Set<string>()
  let globalName: string | undefined
  const statements: TrustPolicyStatement[] = rawStatements.map(raw => {
    if (names.has(raw.name)) {
      throw policyError(
        source,
        `multiple ${label} statements use the same name ${JSON.stringify(raw.name)}, statement names must be unique`
      )
    }
    names.add(raw.name)
    let core
    try {
      core = validateStatementCore(raw)
    } catch (error) {
      throw policyError(source, `${label}: ${(error as Error).message}`, error)
    }
    if (kind === 'blob' && raw.globalPolicy) {
      if (globalName !== undefined) {
        throw policyError(
          source,
          'multiple blob trust policy statements have globalPolicy set to true. Only one trust policy statement can be marked as global policy'
        )
      }
      // notation-go means to refuse this too, but its check compares a string with a pointer
      if (core.level === 'skip') {
        throw policyError(
          source,
          `global blob trust policy statement cannot have verification level set to skip; set "level" of ${JSON.stringify(raw.name)} to strict, permissive or audit, or remove "globalPolicy"`
        )
      }
      globalName = raw.name
    }
    return {
      ...core,
      registryScopes: kind === 'oci' ? (raw.registryScopes ?? []) : [],
      globalPolicy: kind === 'blob' && raw.globalPolicy
    }
  })
  if (kind === 'oci') checkRegistryScopes(rawStatements, source)
  else {
    const scoped = rawStatements.find(raw => raw.registryScopes !== undefined)
    if (scoped) {
      throw policyError(
        source,
        `blob trust policy statement ${JSON.stringify(scoped.name)} has registryScopes, which blob trust policies do not use: remove them, or give this document as an OCI trust policy (trustpolicy.oci.json)`
      )
    }
  }
  return { kind, version: '1.0', statements, source }
}
