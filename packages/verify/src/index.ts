// One policy over every signature kind: the policy (a file, or flags), the trust material it
// names, discovery of signatures and attestations on images and files, verification of each
// against the policy's signers, and the report.
export { VerifyError } from './errors.ts'
export type { VerifyErrorCode } from './errors.ts'
export { loadPolicy, policyFromText } from './policy/load-policy.ts'
export type { LoadPolicyOptions, PolicyFromTextOptions } from './policy/load-policy.ts'
export { POLICY_FLAG_NAMES, policyFromFlags } from './policy/policy-from-flags.ts'
export { policyFlagKey } from './policy/flag-key.ts'
export type { PolicyFromFlagsOptions } from './policy/policy-from-flags.ts'
export { predicateTypeURI } from './policy/predicate-types.ts'
export {
  SBOM_ARTIFACT_TYPES,
  SBOM_FORMATS,
  isSbomFormat,
  sbomFormatOfArtifactType,
  sbomFormatOfPredicateType
} from './policy/sbom-formats.ts'
export type * from './policy/types.ts'
export { loadTrust } from './engine/trust.ts'
export type { LoadTrustOptions, TrustMaterial } from './engine/trust.ts'
export { verifyImage } from './engine/verify-image.ts'
export type { VerifyImageOptions } from './engine/verify-image.ts'
export { verifyFile } from './engine/verify-file.ts'
export type { VerifyFileOptions } from './engine/verify-file.ts'
export { verifyTargets } from './engine/verify-targets.ts'
export type { VerifyTargetsOptions } from './engine/verify-targets.ts'
export { parseTarget } from './targets/parse-target.ts'
export type { ParseTargetOptions, Target } from './targets/parse-target.ts'
export { renderReportText, renderSubjectText, renderSubjectVerdict } from './report/render-text.ts'
export type {
  RenderReportTextOptions,
  RenderSubjectTextOptions,
  RenderSubjectVerdictOptions
} from './report/render-text.ts'
export { requirementLabel } from './report/requirement-label.ts'
export type { RequirementLabelOptions } from './report/requirement-label.ts'
export type * from './report/types.ts'
export { failedSubjects, renderFailedSubjects } from './report/failed-subjects.ts'
export type {
  FailedSignatureText,
  FailedSubjectText,
  FailedSubjectsOptions,
  RenderFailedSubjectsOptions
} from './report/failed-subjects.ts'
export * from './discover/index.ts'
