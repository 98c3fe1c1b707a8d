import {
  COSIGN_SIGN_PREDICATE_TYPE,
  SigstoreError,
  verifyBundle,
  type TrustedRootJSON,
  type VerifyArtifact,
  type VerifyPolicy
} from '@sign/sigstore'
import { signerWorkflowIdentityRegexp } from '../policy/signer-workflow.ts'
import { bundleStatement } from './bundle-statement.ts'
import type { KeySigner, KeylessSigner } from '../policy/types.ts'

/** What checking one Sigstore bundle against the policy's Sigstore signers found. */
export interface SigstoreCheck {
  /** The signers it verified for. */
  signers: string[]
  category: 'signature' | 'attestation'
  predicateType?: string
  /**
   * Who signed: set when it verified, and when it verified but for its signer (wrong identity,
   * issuer or claims); never for a bundle that does not verify.
   */
  identity?: string
  issuer?: string
  /** Per signer that rejected it, why. */
  reasons: string[]
}

/** Options of {@link checkSigstoreBundle}. */
export interface CheckSigstoreBundleOptions {
  bundle: unknown
  artifact: VerifyArtifact
  signers: (KeylessSigner | KeySigner)[]
  trustedRoot: TrustedRootJSON
}

/**
 * Verifies a bundle for each Sigstore signer of the policy. A DSSE statement whose predicate is
 * cosign's image-signature predicate counts as a signature; any other predicate is an
 * attestation; a message signature is a signature.
 */
export function checkSigstoreBundle(options: CheckSigstoreBundleOptions): SigstoreCheck {
  const { bundle, artifact, trustedRoot } = options
  const peeked = peekPredicateType(bundle)
  const result: SigstoreCheck = {
    signers: [],
    category: categoryOf(peeked),
    ...(peeked === undefined ? {} : { predicateType: peeked }),
    reasons: []
  }
  let refusedByPolicy = false
  for (const signer of options.signers) {
    try {
      const verified = verifyBundle({ bundle, artifact, policy: signerPolicy(signer), trustedRoot })
      result.signers.push(signer.name)
      if (verified.identity !== undefined) result.identity = verified.identity
      else if (signer.kind === 'key') result.identity = `key ${signer.keyPath}`
      if (verified.issuer !== undefined) result.issuer = verified.issuer
      if (verified.predicateType !== undefined) {
        result.predicateType = verified.predicateType
        result.category = categoryOf(verified.predicateType)
      }
    } catch (error) {
      if (!(error instanceof SigstoreError)) throw error
      result.reasons.push(`${signer.name}: ${error.message}`)
      if (error.code === 'POLICY_FAILED' && signer.kind === 'keyless') refusedByPolicy = true
    }
  }
  if (result.signers.length === 0 && refusedByPolicy) {
    Object.assign(result, authenticSigner({ bundle, artifact, trustedRoot }))
  }
  return result
}

/** Options of {@link authenticSigner}. */
interface AuthenticSignerOptions {
  bundle: unknown
  artifact: VerifyArtifact
  trustedRoot: TrustedRootJSON
}

/**
 * Who made a keyless bundle that no signer's policy accepted: its certificate's identity and
 * issuer, once every check but the signer policy passes (trust root, chain, transparency log,
 * signature, artifact) — so a signature refused for its signer still says who signed it. Nothing
 * when the bundle does not verify even so: a certificate that does not verify names no one.
 */
function authenticSigner(
  options: AuthenticSignerOptions
): Pick<SigstoreCheck, 'identity' | 'issuer'> {
  try {
    const verified = verifyBundle({ ...options, policy: { certificateIdentityRegexp: ANY } })
    return {
      ...(verified.identity === undefined ? {} : { identity: verified.identity }),
      ...(verified.issuer === undefined ? {} : { issuer: verified.issuer })
    }
  } catch (error) {
    if (!(error instanceof SigstoreError)) throw error
    return {}
  }
}

/** A certificate identity regexp any identity matches (it must be present). */
const ANY = '[\\s\\S]*'

function categoryOf(predicateType: string | undefined): 'signature' | 'attestation' {
  return predicateType === undefined || predicateType === COSIGN_SIGN_PREDICATE_TYPE
    ? 'signature'
    : 'attestation'
}

function signerPolicy(signer: KeylessSigner | KeySigner): VerifyPolicy {
  if (signer.kind === 'key') return { key: signer.key }
  const workflow =
    signer.signerWorkflow === undefined
      ? undefined
      : signerWorkflowIdentityRegexp({ value: signer.signerWorkflow })
  return {
    ...pick(signer, 'certificateIdentity'),
    ...pick(signer, 'certificateIdentityRegexp'),
    ...(workflow === undefined ? {} : { certificateIdentityRegexp: workflow }),
    ...pick(signer, 'certificateOidcIssuer'),
    ...pick(signer, 'certificateOidcIssuerRegexp'),
    ...pick(signer, 'certificateGithubWorkflowRepository'),
    ...pick(signer, 'certificateGithubWorkflowRef'),
    ...pick(signer, 'certificateGithubWorkflowSha'),
    ...pick(signer, 'certificateGithubWorkflowTrigger'),
    ...pick(signer, 'certificateGithubWorkflowName')
  }
}

function pick<K extends keyof KeylessSigner>(
  signer: KeylessSigner,
  key: K
): Partial<Pick<KeylessSigner, K>> {
  return signer[key] === undefined
    ? {}
    : ({ [key]: signer[key] } as Partial<Pick<KeylessSigner, K>>)
}

/** The in-toto predicate type of a DSSE bundle, read without verifying (for the category). */
function peekPredicateType(bundle: unknown): string | undefined {
  return bundleStatement({ bundle })?.predicateType
}
