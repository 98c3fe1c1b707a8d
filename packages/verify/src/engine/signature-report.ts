import type { SignatureReport } from '../report/types.ts'
import type { NotationCheck } from './check-notation.ts'
import type { SigstoreCheck } from './check-sigstore.ts'

/** Where and how a signature was found, and what it is. */
export interface FoundAt {
  kind: string
  location: string
  via: string
}

/** Options of {@link fromSigstoreCheck}. */
export interface FromSigstoreCheckOptions {
  found: FoundAt
  check: SigstoreCheck
  /** The policy has Sigstore signers (else the bundle is reported unverified). */
  hasSigners: boolean
}

/** The report entry of a Sigstore bundle (bundle referrer, legacy tag layer, or file). */
export function fromSigstoreCheck(options: FromSigstoreCheckOptions): SignatureReport {
  const { found, check } = options
  const verified = check.signers.length > 0
  return {
    ...found,
    category: check.category,
    ...(check.predicateType === undefined ? {} : { predicateType: check.predicateType }),
    verdict: verified ? 'verified' : options.hasSigners ? 'failed' : 'unverified',
    signers: check.signers,
    ...(check.identity === undefined ? {} : { identity: check.identity }),
    ...(check.issuer === undefined ? {} : { issuer: check.issuer }),
    ...(verified
      ? {}
      : {
          reason: options.hasSigners
            ? check.reasons.join('; ')
            : 'the policy has no keyless or key signer to verify a Sigstore signature with'
        }),
    warnings: []
  }
}

/** Options of {@link fromNotationCheck}. */
export interface FromNotationCheckOptions {
  found: FoundAt
  check: NotationCheck
  hasSigners: boolean
}

/** The report entry of a notation signature. */
export function fromNotationCheck(options: FromNotationCheckOptions): SignatureReport {
  const { found, check } = options
  const verified = check.signers.length > 0
  const checked = options.hasSigners && check.skipped.length < check.reasons.length
  return {
    ...found,
    category: 'signature',
    verdict: verified ? 'verified' : checked ? 'failed' : 'unverified',
    signers: check.signers,
    ...(check.identity === undefined ? {} : { identity: check.identity }),
    ...(verified
      ? {}
      : {
          reason: options.hasSigners
            ? check.reasons.join('; ')
            : 'the policy has no notation signer (trust policy and trust store) to verify a Notary Project signature with'
        }),
    warnings: check.warnings
  }
}

/** What an unreadable item claimed to be that makes it an attestation. */
const ATTESTATION_KINDS = new Set(['cosign-attestation', 'dsse-envelope'])

/** The report entry of something that could not be read. */
export function unreadableReport(options: {
  found: FoundAt
  claimed: string
  reason: string
}): SignatureReport {
  return {
    ...options.found,
    category: ATTESTATION_KINDS.has(options.claimed) ? 'attestation' : 'signature',
    verdict: 'failed',
    signers: [],
    reason: `unreadable ${options.claimed}: ${options.reason}`,
    warnings: []
  }
}
