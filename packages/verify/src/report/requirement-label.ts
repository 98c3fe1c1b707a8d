import type { Requirement } from '../policy/types.ts'

/** Options of {@link requirementLabel}. */
export interface RequirementLabelOptions {
  requirement: Requirement
}

/**
 * A requirement as the report, the logs and the summaries name it: `signature by release`,
 * `attestation https://slsa.dev/provenance/v1 by release or ci`.
 */
export function requirementLabel(options: RequirementLabelOptions): string {
  const { requirement } = options
  const signers = requirement.signers.join(' or ')
  return requirement.category === 'signature'
    ? `signature by ${signers}`
    : `attestation ${requirement.predicateType ?? ''} by ${signers}`
}
