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
    case 'provenance':
      return provenanceLabel({ requirement, signers })
  }
}

/**
 * `provenance https://slsa.dev/provenance/v1 by release, builder <id>, source <repo> tag v1.2.3`:
 * what the requirement constrains, each part only when given.
 */
function provenanceLabel(options: { requirement: Requirement; signers: string }): string {
  const { requirement, signers } = options
  const constraints = requirement.provenance ?? {}
  const parts = [
    ...(constraints.builderId === undefined ? [] : [`builder ${constraints.builderId}`]),
    ...(constraints.builderIdRegexp === undefined
      ? []
      : [`builder matching ${constraints.builderIdRegexp}`]),
    ...(constraints.sourceRepository === undefined
      ? []
      : [`source ${constraints.sourceRepository}`]),
    ...(constraints.sourceRef === undefined ? [] : [`ref ${constraints.sourceRef}`]),
    ...(constraints.sourceTag === undefined ? [] : [`tag ${constraints.sourceTag}`]),
    ...(constraints.sourceBranch === undefined ? [] : [`branch ${constraints.sourceBranch}`]),
    ...(constraints.sourceVersionedTag === undefined
      ? []
      : [`tag ${constraints.sourceVersionedTag}.x`])
  ]
  return [`provenance ${requirement.predicateType ?? ''} by ${signers}`, ...parts].join(', ')
}
