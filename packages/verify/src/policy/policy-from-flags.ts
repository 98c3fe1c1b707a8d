import { VerifyError } from '../errors.ts'
import { policyFlagKey } from './flag-key.ts'
import { KEYLESS_FIELDS, parsePolicy } from './parse-policy.ts'
import { readSignerKeys } from './read-keys.ts'
import type { PolicyFlags, VerificationPolicy } from './types.ts'

/**
 * The string-valued policy flags, kebab-case: `sign verify` spells them `--<name>`, the verify
 * action takes them as inputs of that name. (`trust-policy` is a list, `allow-unsigned` a switch.)
 */
/**
 * The provenance flags, as slsa-verifier names them (`source-uri`: `github.com/owner/repo`); any
 * of them makes the Sigstore signers' requirement SLSA provenance that meets them.
 */
export const PROVENANCE_FLAG_NAMES = [
  'builder-id',
  'builder-id-regexp',
  'source-uri',
  'source-ref',
  'source-tag',
  'source-branch',
  'source-versioned-tag'
] as const

export const POLICY_FLAG_NAMES = [
  ...KEYLESS_FIELDS,
  'key',
  'type',
  'require-sbom',
  ...PROVENANCE_FLAG_NAMES,
  'trusted-root',
  'tuf-mirror',
  'tuf-root',
  'trust-store',
  'scope'
] as const

/** Options of {@link policyFromFlags}. */
export interface PolicyFromFlagsOptions {
  flags: PolicyFlags
  /** `flags` or `inputs`: how messages name where the policy came from. */
  source: string
  /** How to spell a field in messages (`--certificate-identity` or `certificate-identity`). */
  spell: (kebab: string) => string
  /** Relative paths are taken from here. */
  baseDir: string
}

/**
 * Builds the policy the flags describe, through the same validation as a policy file. Every
 * kind of signer given is required (a keyless signature AND a notation signature when both are
 * configured); `type` turns the Sigstore requirements into attestations of that predicate type;
 * the provenance flags into SLSA provenance (v1, or `type`) that says what they say;
 * `requireSbom` adds an SBOM of that format signed by each signer given.
 */
export async function policyFromFlags(
  options: PolicyFromFlagsOptions
): Promise<VerificationPolicy> {
  const { flags, source, spell, baseDir } = options
  const signers: Record<string, unknown> = {}
  const require: Record<string, unknown>[] = []
  const keyless: Record<string, string> = {}
  for (const field of KEYLESS_FIELDS) {
    const value = flags[policyFlagKey(field)]
    if (typeof value === 'string') keyless[field] = value
  }
  const provenance: Record<string, string> = {}
  for (const flag of PROVENANCE_FLAG_NAMES) {
    const value = flags[policyFlagKey(flag)]
    if (typeof value === 'string') {
      provenance[flag === 'source-uri' ? 'source-repository' : flag] = value
    }
  }
  const sigstoreRequirement = (name: string): Record<string, unknown> =>
    Object.keys(provenance).length > 0
      ? {
          provenance: name,
          ...(flags.type === undefined ? {} : { 'predicate-type': flags.type }),
          ...provenance
        }
      : flags.type === undefined
        ? { signature: name }
        : { attestation: name, 'predicate-type': flags.type }
  if (Object.keys(keyless).length > 0) {
    signers['keyless'] = keyless
    require.push(sigstoreRequirement('keyless'))
  }
  if (flags.key !== undefined) {
    signers['key'] = { key: flags.key }
    require.push(sigstoreRequirement('key'))
  }
  if (flags.trustPolicy !== undefined && flags.trustPolicy.length > 0) {
    signers['notation'] = { notation: flags.scope === undefined ? true : { scope: flags.scope } }
    require.push({ signature: 'notation' })
  } else if (flags.trustStore !== undefined || flags.scope !== undefined) {
    throw new VerifyError({
      code: 'INVALID_POLICY',
      message: `${spell(flags.trustStore === undefined ? 'scope' : 'trust-store')} needs ${spell('trust-policy')}: give the notation trust policy document too`
    })
  }
  if (flags.requireSbom !== undefined) {
    for (const name of Object.keys(signers)) require.push({ sbom: name, format: flags.requireSbom })
  }
  if (require.length === 0) {
    throw new VerifyError({
      code: 'INVALID_POLICY',
      message: `say who must have signed: ${spell('certificate-identity')} (or -regexp) with ${spell('certificate-oidc-issuer')} for keyless signatures, ${spell('key')} for a public key, ${spell('trust-policy')} with ${spell('trust-store')} for notation — or a whole ${spell('policy')} file`
    })
  }
  const trust: Record<string, unknown> = {}
  if (flags.trustedRoot !== undefined) trust['trusted-root'] = flags.trustedRoot
  if (flags.tufMirror !== undefined) trust['tuf-mirror'] = flags.tufMirror
  if (flags.tufRoot !== undefined) trust['tuf-root'] = flags.tufRoot
  if (flags.trustPolicy !== undefined && flags.trustPolicy.length > 0) {
    trust['notation'] = {
      'trust-policy': flags.trustPolicy,
      ...(flags.trustStore === undefined ? {} : { 'trust-store': flags.trustStore })
    }
  }
  const document = {
    version: 1,
    trust,
    signers,
    require,
    'allow-unsigned': flags.allowUnsigned ?? false
  }
  try {
    const parsed = parsePolicy({ document, source, baseDir })
    return { ...parsed, signers: await readSignerKeys({ signers: parsed.signers, source }) }
  } catch (error) {
    throw respell({ error, spell })
  }
}

/**
 * The flag a document field comes from, where the names differ: a requirement's `predicate-type`
 * is the `type` flag, an SBOM requirement's fields the `require-sbom` flag.
 */
const FLAG_OF_FIELD: Record<string, string> = {
  'predicate-type': 'type',
  'source-repository': 'source-uri',
  sbom: 'require-sbom',
  format: 'require-sbom'
}

/** Rewrites a document-path message (`at signers.keyless.certificate-identity`) in flag terms. */
function respell(options: { error: unknown; spell: (kebab: string) => string }): unknown {
  const { error, spell } = options
  if (!(error instanceof VerifyError) || error.code === 'TRUST_MATERIAL') return error
  const message = error.message
    .replace(
      /^policy [^:]*? at (?:signers\.[^.]+|trust(?:\.notation)?|require\[\d+\])\.([a-z-]+): /u,
      (_, field: string) => `${spell(FLAG_OF_FIELD[field] ?? field)} `
    )
    // The key signer's file errors (read-keys) are about the key flag.
    .replace(/^policy [^:]*?: (?=.*\bsigner key\b)/u, `${spell('key')}: `)
  return new VerifyError({ code: error.code, message, cause: error })
}
