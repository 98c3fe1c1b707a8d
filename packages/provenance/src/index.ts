// SLSA provenance: built from the job's claims, read back for verification, uploaded to GitHub.
export { ProvenanceError } from './errors.ts'
export type { ProvenanceErrorCode } from './errors.ts'
export {
  workflowClaims,
  workflowPath,
  githubIssuerFor,
  issuerMatches,
  REQUIRED_CLAIMS,
  OPTIONAL_CLAIMS
} from './claims/workflow-claims.ts'
export type {
  WorkflowClaims,
  WorkflowClaimsOptions,
  WorkflowPathOptions,
  GithubIssuerForOptions,
  IssuerMatchesOptions
} from './claims/workflow-claims.ts'
export { serverOrigin } from './claims/server-url.ts'
export type { ServerOriginOptions } from './claims/server-url.ts'
export { checkSubjects, MAX_SUBJECTS } from './subjects/subject.ts'
export type { Subject, CheckSubjectsOptions } from './subjects/subject.ts'
export { parseBase64Subjects } from './subjects/base64-subjects.ts'
export type { ParseBase64SubjectsOptions } from './subjects/base64-subjects.ts'
export { imageSubject } from './subjects/image-subject.ts'
export type { ImageSubjectOptions } from './subjects/image-subject.ts'
export {
  STATEMENT_V1,
  STATEMENT_V01,
  SLSA_PROVENANCE_V1,
  SLSA_PROVENANCE_V02
} from './build/statement.ts'
export type { Statement } from './build/statement.ts'
export { githubProvenance, GITHUB_WORKFLOW_BUILD_TYPE } from './build/github-v1.ts'
export type { GithubProvenanceOptions, GithubProvenancePredicate } from './build/github-v1.ts'
export {
  genericProvenanceV02,
  genericEnvironment,
  GENERIC_BUILD_TYPE
} from './build/generic-v02.ts'
export type {
  GenericEnvironment,
  GenericEnvironmentOptions,
  GenericProvenancePredicate,
  GenericProvenanceV02Options
} from './build/generic-v02.ts'
export {
  readProvenance,
  LEGACY_GITHUB_WORKFLOW_BUILD_TYPE,
  DOCUMENTED_GITHUB_WORKFLOW_BUILD_TYPE,
  BUILDKIT_V02_BUILD_TYPE
} from './read/read-provenance.ts'
export type {
  Provenance,
  ProvenanceFamily,
  ProvenanceSource,
  ProvenanceWorkflow,
  ReadProvenanceOptions,
  StatementSubject
} from './read/read-provenance.ts'
export * from './github/index.ts'
