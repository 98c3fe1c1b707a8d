// Whether a provenance attestation says what a provenance requirement asks, as slsa-verifier
// checks it: builder, source repository, and the source ref, tag, branch or versioned tag.
import { sourceRepositoryURI } from '../policy/provenance-requirement.ts'
import type { ProvenanceConstraints } from '../policy/types.ts'
import type { ProvenanceSummary } from '../report/types.ts'

/**
 * Build types whose builder id is, by construction, the identity that signed them (GitHub's
 * workflow type: `job_workflow_ref`; slsa-github-generator: its reusable workflow). A statement of
 * these types whose builder is another identity claims a builder it was not signed by.
 */
const SIGNER_IS_BUILDER = [
  'https://actions.github.io/buildtypes/workflow/v1',
  'https://github.com/slsa-framework/slsa-github-generator/generic@v1'
]

/** Options of {@link provenanceMismatches}. */
export interface ProvenanceMismatchesOptions {
  constraints: ProvenanceConstraints
  summary: ProvenanceSummary
  /** The identity (certificate SAN) that signed the attestation, when keyless. */
  identity: string | undefined
}

/** Why the provenance does not meet the constraints, one reason each; empty when it does. */
export function provenanceMismatches(options: ProvenanceMismatchesOptions): string[] {
  const { constraints, summary, identity } = options
  if (summary.problem !== undefined) return [`it is not readable provenance: ${summary.problem}`]
  const reasons: string[] = []
  const builder = summary.builderId
  if (
    identity !== undefined &&
    builder !== undefined &&
    summary.buildType !== undefined &&
    SIGNER_IS_BUILDER.includes(summary.buildType) &&
    builder !== identity
  ) {
    reasons.push(`its builder ${builder} is not the workflow that signed it (${identity})`)
  }
  if (constraints.builderId !== undefined && builder !== constraints.builderId) {
    reasons.push(`builder is ${builder ?? '(none)'}, not ${constraints.builderId}`)
  }
  if (constraints.builderIdRegexp !== undefined) {
    const pattern = new RegExp(`^(?:${constraints.builderIdRegexp})$`, 'u')
    if (builder === undefined || !pattern.test(builder)) {
      reasons.push(`builder ${builder ?? '(none)'} does not match ${constraints.builderIdRegexp}`)
    }
  }
  if (constraints.sourceRepository !== undefined) {
    const source =
      summary.sourceRepository === undefined
        ? undefined
        : sourceRepositoryURI({ value: summary.sourceRepository })
    if (source?.toLowerCase() !== constraints.sourceRepository.toLowerCase()) {
      reasons.push(
        `source is ${summary.sourceRepository ?? '(none)'}, not ${constraints.sourceRepository}`
      )
    }
  }
  const ref = summary.sourceRef
  const expected =
    constraints.sourceRef ??
    (constraints.sourceTag === undefined ? undefined : `refs/tags/${constraints.sourceTag}`) ??
    (constraints.sourceBranch === undefined ? undefined : `refs/heads/${constraints.sourceBranch}`)
  if (expected !== undefined && ref !== expected) {
    reasons.push(`source ref is ${ref ?? '(none)'}, not ${expected}`)
  }
  if (
    constraints.sourceVersionedTag !== undefined &&
    !matchesVersionedTag({ ref, wanted: constraints.sourceVersionedTag })
  ) {
    reasons.push(
      `source ref ${ref ?? '(none)'} is not a ${constraints.sourceVersionedTag}.x semver tag`
    )
  }
  return reasons
}

const SEMVER_TAG =
  /^refs\/tags\/v?(?<major>\d+)\.(?<minor>\d+)\.(?<patch>\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/u

/**
 * slsa-verifier's `--source-versioned-tag`: `v1` matches any `refs/tags/v1.x.y`, `v1.2` any
 * `v1.2.y` (pre-release and build metadata allowed); anything not a semver tag never matches.
 */
function matchesVersionedTag(options: { ref: string | undefined; wanted: string }): boolean {
  const groups = options.ref === undefined ? undefined : SEMVER_TAG.exec(options.ref)?.groups
  if (groups === undefined) return false
  const [major, minor] = options.wanted.replace(/^v/u, '').split('.')
  return groups['major'] === major && (minor === undefined || groups['minor'] === minor)
}
