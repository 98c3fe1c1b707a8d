import type { Requirement } from '../policy/types.ts'

/** Options of {@link requirementLabel}. */
export interface RequirementLabelOptions {
  requirement: Requirement
}

/**
 * A requirement as the report, the logs and the summaries name it: `signature by release`,
 * `attestation https://slsa.dev/provenance/v1 by release or ci`, `sbom spdx-json by release`.
 */
export function requirementLabel(options: RequirementLabelOptions): string {
  const { requirement } = options
  const signers = requirement.signers.join(' or ')
  switch (requirement.category) {
    case 'signature':
      return `signature by ${signers}`
    case 'attestation':
      return `attestation ${requirement.predicateType ?? ''} by ${signers}`
    case 'sbom':
      return `sbom ${requirement.format ?? ''} by ${signers}`
  }
}
