import type { SbomSummary, SignatureReport } from '../report/types.ts'

/** Options of {@link sbomVerdict}. */
export interface SbomVerdictOptions {
  /** How the SBOM was found, and what it holds. */
  found: { kind: string; location: string; via: string; sbom: SbomSummary }
  /** Its own signatures (of the SBOM manifest or file), each checked for the policy's signers. */
  signatures: SignatureReport[]
  /** Where the SBOM's signatures were looked for, for the reason of an unsigned one. */
  lookedIn: string
}

/**
 * The report entry of an SBOM document (referrer or file): verified for the signers any of its
 * own signatures verified for; failed when it has signatures and none verified; unsigned when it
 * has none. It is not itself a signature (category `other`).
 */
export function sbomVerdict(options: SbomVerdictOptions): SignatureReport {
  const own = options.signatures.filter(check => check.category === 'signature')
  const verified = own.filter(check => check.verdict === 'verified')
  const base = { ...options.found, category: 'other' as const }
  const warnings = own.flatMap(check => check.warnings)
  const [first] = verified
  if (first !== undefined) {
    return {
      ...base,
      verdict: 'verified',
      signers: [...new Set(verified.flatMap(check => check.signers))],
      ...(first.identity === undefined ? {} : { identity: first.identity }),
      ...(first.issuer === undefined ? {} : { issuer: first.issuer }),
      warnings
    }
  }
  if (own.length === 0) {
    return {
      ...base,
      verdict: 'unsigned',
      signers: [],
      reason: `not signed: no signature of the SBOM itself was found (looked in: ${options.lookedIn})`,
      warnings
    }
  }
  return {
    ...base,
    verdict: own.some(check => check.verdict === 'failed') ? 'failed' : 'unverified',
    signers: [],
    reason: own
      .map(check => `${check.kind} at ${check.location}: ${check.reason ?? check.verdict}`)
      .join('; '),
    warnings
  }
}
