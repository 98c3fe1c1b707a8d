import type { VerifyArtifact } from '@sign/sigstore'
import type { SbomFormat } from '../policy/types.ts'
import type { SignatureReport } from '../report/types.ts'
import { checkNotationSignature, type NotationTarget } from './check-notation.ts'
import { checkSigstoreBundle, type SigstoreCheck } from './check-sigstore.ts'
import { attestedProvenance } from './provenance-summary.ts'
import { attestedSbom } from './sbom-summary.ts'
import type { SignersByKind } from './signers.ts'
import type { TrustMaterial } from './trust.ts'

/** Where and how a signature was found, and what it is. */
export interface FoundAt {
  kind: string
  location: string
  via: string
}

/** Options of {@link sigstoreReport}. */
export interface SigstoreReportOptions {
  found: FoundAt
  bundle: unknown
  /** What the bundle must be for: the image's digest, a file's sha256, or a legacy payload. */
  artifact: VerifyArtifact
  /** The predicate type its storage claims, reported when the bundle does not show one. */
  predicateType?: string
  signers: SignersByKind
  trust: TrustMaterial
}

/**
 * The report entry of a Sigstore bundle (bundle referrer, legacy tag layer, or file): verified
 * for each keyless and key signer of the policy, or unverified when the policy has none.
 */
export function sigstoreReport(options: SigstoreReportOptions): SignatureReport {
  const { found, signers } = options
  const { trustedRoot } = options.trust
  const hasSigners = signers.sigstore.length > 0 && trustedRoot !== undefined
  const check: SigstoreCheck = hasSigners
    ? checkSigstoreBundle({
        bundle: options.bundle,
        artifact: options.artifact,
        signers: signers.sigstore,
        trustedRoot
      })
    : { signers: [], category: 'signature', reasons: [] }
  const verified = check.signers.length > 0
  const predicateType = check.predicateType ?? options.predicateType
  const sbom = attestedSbom({ bundle: options.bundle })
  const provenance = attestedProvenance({ bundle: options.bundle })
  return {
    ...found,
    category: check.category,
    ...(predicateType === undefined ? {} : { predicateType }),
    verdict: verified ? 'verified' : hasSigners ? 'failed' : 'unverified',
    signers: check.signers,
    ...(check.identity === undefined ? {} : { identity: check.identity }),
    ...(check.issuer === undefined ? {} : { issuer: check.issuer }),
    ...(verified
      ? {}
      : {
          reason: hasSigners
            ? check.reasons.join('; ')
            : 'the policy has no keyless or key signer to verify a Sigstore signature with'
        }),
    warnings: [],
    ...(sbom === undefined ? {} : { sbom }),
    ...(provenance === undefined ? {} : { provenance })
  }
}

/** Options of {@link notationReport}. */
export interface NotationReportOptions {
  found: FoundAt
  envelope: Buffer
  envelopeMediaType: string
  target: NotationTarget
  signers: SignersByKind
  trust: TrustMaterial
}

/**
 * The report entry of a Notary Project signature: verified for each notation signer's trust
 * policy statement, or unverified when the policy has no notation signer or every statement
 * that applies has level skip.
 */
export async function notationReport(options: NotationReportOptions): Promise<SignatureReport> {
  const { found, signers, trust } = options
  if (signers.notation.length === 0 || trust.notation === undefined) {
    return {
      ...found,
      category: 'signature',
      verdict: 'unverified',
      signers: [],
      reason:
        'the policy has no notation signer (trust policy and trust store) to verify a Notary Project signature with',
      warnings: []
    }
  }
  const check = await checkNotationSignature({
    envelope: options.envelope,
    envelopeMediaType: options.envelopeMediaType,
    target: options.target,
    signers: signers.notation,
    notation: trust.notation
  })
  const verified = check.signers.length > 0
  const checked = check.skipped.length < check.reasons.length
  return {
    ...found,
    category: 'signature',
    verdict: verified ? 'verified' : checked ? 'failed' : 'unverified',
    signers: check.signers,
    ...(check.identity === undefined ? {} : { identity: check.identity }),
    ...(verified ? {} : { reason: check.reasons.join('; ') }),
    warnings: check.warnings
  }
}

/** What an unreadable item claimed to be that makes it an attestation. */
const ATTESTATION_KINDS = new Set(['cosign-attestation', 'dsse-envelope'])

/** The report entry of something that could not be read (an SBOM: with its format). */
export function unreadableReport(options: {
  found: FoundAt
  claimed: string
  reason: string
  sbomFormat?: SbomFormat
}): SignatureReport {
  const { sbomFormat } = options
  return {
    ...options.found,
    category:
      sbomFormat !== undefined
        ? 'other'
        : ATTESTATION_KINDS.has(options.claimed)
          ? 'attestation'
          : 'signature',
    ...(sbomFormat === undefined ? {} : { sbom: { format: sbomFormat, problem: options.reason } }),
    verdict: 'failed',
    signers: [],
    reason: `unreadable ${options.claimed}: ${options.reason}`,
    warnings: []
  }
}
