import type { Requirement, VerificationPolicy } from '../policy/types.ts'
import { requirementLabel } from '../report/requirement-label.ts'
import { provenanceMismatches } from './provenance-match.ts'
import type { RequirementReport, SignatureReport, SubjectReport } from '../report/types.ts'

/** Options of {@link evaluateSubject}. */
export interface EvaluateSubjectOptions {
  subject: string
  kind: SubjectReport['kind']
  digest: string
  policy: VerificationPolicy
  signatures: SignatureReport[]
  /** Notation signers whose trust policy statement for this subject has level `skip`. */
  skippedSigners: Map<string, string>
  warnings?: string[]
}

/**
 * The subject's verdict: every requirement must be met by a verified signature or attestation
 * (notation signers whose statement has level skip meet signature requirements by policy).
 * Nothing found at all fails unless the policy allows unsigned subjects.
 */
export function evaluateSubject(options: EvaluateSubjectOptions): SubjectReport {
  const { policy, signatures, skippedSigners } = options
  const warnings = [...(options.warnings ?? [])]
  const requirements = policy.requirements.map(requirement =>
    evaluateRequirement({ requirement, signatures, skippedSigners })
  )
  const found = signatures.filter(s => s.category !== 'other')
  const base = {
    subject: options.subject,
    kind: options.kind,
    digest: options.digest,
    requirements,
    signatures,
    warnings
  }
  const skippedAll = requirements.every(
    r => r.satisfied && r.by?.startsWith('trust policy') === true
  )
  if (found.length === 0 && !skippedAll) {
    if (policy.allowUnsigned) {
      warnings.push('no signature or attestation was found; passing because allow-unsigned is set')
      return { ...base, verified: true, reason: 'unsigned (allowed by allow-unsigned)' }
    }
    // When unsigned SBOM documents were found, the requirements' reasons below say so instead.
    if (!signatures.some(s => s.sbom !== undefined)) {
      return {
        ...base,
        verified: false,
        reason: `no signature or attestation was found (${options.kind === 'image' ? 'looked in: the referrers API or the referrers tag index, and cosign .sig/.att tags' : 'looked beside the file for .sigstore.json, .sigstore, .intoto.jsonl, .{spdx,cdx,sbom}.intoto.sigstore.json, .jws.sig and .cose.sig'})`
      }
    }
  }
  const unmet = requirements.filter(r => !r.satisfied)
  if (unmet.length === 0) return { ...base, verified: true }
  const failed = signatures.filter(s => s.verdict === 'failed').length
  const otherTypes = policy.requirements.flatMap((requirement, index) => {
    if (requirements[index]?.satisfied !== false) return []
    const types = otherPredicateTypes({ requirement, signatures })
    return [
      ...(types.length === 0 ? [] : [`verified attestations have ${types.join(', ')}`]),
      ...sbomsFound({ requirement, signatures }),
      ...provenanceFound({ requirement, signatures })
    ]
  })
  return {
    ...base,
    verified: false,
    reason: `${unmet.map(r => r.requirement).join('; ')}: not met (${[`${found.length} found, ${failed} failed verification`, ...otherTypes].join('; ')})`
  }
}

/**
 * For an unmet attestation requirement: the predicate types of the verified attestations its
 * signers made instead (as cosign names the type it found when `--type` does not match).
 */
function otherPredicateTypes(options: {
  requirement: Requirement
  signatures: SignatureReport[]
}): string[] {
  const { requirement, signatures } = options
  if (requirement.predicateType === undefined) return []
  const types = signatures
    .filter(
      s =>
        s.verdict === 'verified' &&
        s.category === 'attestation' &&
        s.signers.some(name => requirement.signers.includes(name)) &&
        s.predicateType !== undefined &&
        s.predicateType !== requirement.predicateType
    )
    .map(s => s.predicateType ?? '')
  return [...new Set(types)].sort()
}

/** For an unmet SBOM requirement: each SBOM found, its format and what became of it. */
function sbomsFound(options: {
  requirement: Requirement
  signatures: SignatureReport[]
}): string[] {
  const { requirement, signatures } = options
  if (requirement.category !== 'sbom') return []
  const sboms = signatures.flatMap(s => (s.sbom === undefined ? [] : [{ ...s, sbom: s.sbom }]))
  if (sboms.length === 0) return ['no SBOM was found']
  const states = sboms.map(s => {
    const state =
      s.sbom.problem !== undefined
        ? 'unreadable'
        : s.verdict === 'verified'
          ? `verified for ${s.signers.join(', ')}`
          : s.verdict === 'unsigned'
            ? 'not signed'
            : s.verdict
    return `${s.sbom.format} ${state}`
  })
  return [`SBOMs found: ${states.join(', ')}`]
}

/**
 * The verified provenance attestations of a provenance requirement's signers and predicate type,
 * each with why it does not meet the requirement (empty: it does).
 */
function provenanceCandidates(options: {
  requirement: Requirement
  signatures: SignatureReport[]
}): { signature: SignatureReport; reasons: string[] }[] {
  const { requirement, signatures } = options
  return signatures.flatMap(signature => {
    const summary = signature.provenance
    if (
      summary === undefined ||
      !byRequiredSigner(requirement, signature) ||
      signature.predicateType !== requirement.predicateType
    ) {
      return []
    }
    const reasons = provenanceMismatches({
      constraints: requirement.provenance ?? {},
      summary,
      identity: signature.identity
    })
    return [{ signature, reasons }]
  })
}

/** For an unmet provenance requirement: each provenance of its signers, and why it fell short. */
function provenanceFound(options: {
  requirement: Requirement
  signatures: SignatureReport[]
}): string[] {
  if (options.requirement.category !== 'provenance') return []
  const candidates = provenanceCandidates(options)
  if (candidates.length === 0) {
    return [`no ${options.requirement.predicateType ?? ''} provenance by its signers was found`]
  }
  return candidates.map(
    candidate => `provenance at ${candidate.signature.location}: ${candidate.reasons.join('; ')}`
  )
}

/** Whether a signature or attestation verified for one of the requirement's signers. */
const byRequiredSigner = (requirement: Requirement, s: SignatureReport): boolean =>
  s.verdict === 'verified' && s.signers.some(name => requirement.signers.includes(name))

function evaluateRequirement(options: {
  requirement: Requirement
  signatures: SignatureReport[]
  skippedSigners: Map<string, string>
}): RequirementReport {
  const { requirement, signatures, skippedSigners } = options
  const label = requirementLabel({ requirement })
  if (requirement.category === 'sbom') {
    // An SBOM attestation, or an SBOM document with its own signature, that verified for a
    // required signer and holds a readable SBOM of the required format.
    const sbom = signatures.find(
      s =>
        byRequiredSigner(requirement, s) &&
        s.sbom !== undefined &&
        s.sbom.format === requirement.format &&
        s.sbom.problem === undefined
    )
    return sbom === undefined
      ? { requirement: label, satisfied: false }
      : { requirement: label, satisfied: true, by: sbom.location }
  }
  if (requirement.category === 'provenance') {
    const met = provenanceCandidates({ requirement, signatures }).find(
      candidate => candidate.reasons.length === 0
    )
    return met === undefined
      ? { requirement: label, satisfied: false }
      : { requirement: label, satisfied: true, by: met.signature.location }
  }
  const match = signatures.find(
    s =>
      s.verdict === 'verified' &&
      s.category === requirement.category &&
      s.signers.some(name => requirement.signers.includes(name)) &&
      (requirement.predicateType === undefined || s.predicateType === requirement.predicateType)
  )
  if (match !== undefined) return { requirement: label, satisfied: true, by: match.location }
  if (requirement.category === 'signature') {
    const skipped = requirement.signers.find(name => skippedSigners.has(name))
    if (skipped !== undefined) {
      return {
        requirement: label,
        satisfied: true,
        by: `trust policy statement ${skippedSigners.get(skipped) ?? ''} (level skip)`
      }
    }
  }
  return { requirement: label, satisfied: false }
}
