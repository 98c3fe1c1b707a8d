// The library the npm package exports beside its `sign` bin, for tools that embed verification:
// the policy, its trust material and the verifiers (@sign/verify), the single-bundle verifier
// and trusted roots (@sign/sigstore), SBOMs (@sign/sbom), SLSA provenance as read for
// verification (@sign/provenance) and the registry and OCI layout stores an image is read from
// (@sign/oci). scripts/build-npm.mjs bundles it into one ES module and emits its declarations.
export { PRODUCT_NAME, PRODUCT_VERSION } from '@sign/product'

export {
  VerifyError,
  loadPolicy,
  policyFromText,
  policyFromFlags,
  POLICY_FLAG_NAMES,
  predicateTypeURI,
  loadTrust,
  verifyImage,
  verifyFile,
  verifyTargets,
  parseTarget,
  renderReportText,
  renderSubjectText,
  failedSubjects,
  renderFailedSubjects,
  discoverSignatures,
  discoverFileSignatures
} from '@sign/verify'
export type {
  VerifyErrorCode,
  LoadPolicyOptions,
  PolicyFromTextOptions,
  PolicyFromFlagsOptions,
  VerificationPolicy,
  LoadTrustOptions,
  TrustMaterial,
  VerifyImageOptions,
  VerifyFileOptions,
  VerifyTargetsOptions,
  ParseTargetOptions,
  Target,
  RenderReportTextOptions,
  RenderSubjectTextOptions,
  VerificationReport,
  SubjectReport,
  SignatureReport
} from '@sign/verify'

export {
  SigstoreError,
  PUBLIC_GOOD,
  publicGoodTrustedRoot,
  loadTrustedRoot,
  loadTrustedRootFromTuf,
  parseBundleJSON,
  verifyBundle
} from '@sign/sigstore'
export type {
  SigstoreErrorCode,
  TrustedRootJSON,
  LoadTrustedRootOptions,
  LoadTrustedRootFromTufOptions,
  ParseBundleJSONOptions,
  VerifiedBundle,
  VerifyArtifact,
  VerifyBundleOptions,
  VerifyPolicy,
  IdentityPolicy,
  ClaimsPolicy
} from '@sign/sigstore'

export {
  generateSbom,
  generateFileSbom,
  attachSbom,
  readSbom,
  validateSbom,
  SbomReadError,
  toSpdxJson,
  toCycloneDxJson,
  SBOM_FORMATS,
  isSbomFormat
} from '@sign/sbom'
export type {
  Sbom,
  SbomFormat,
  GenerateSbomOptions,
  GeneratedSbom,
  GenerateFileSbomOptions,
  FileSbom,
  AttachSbomOptions,
  ReadSbom,
  ReadSbomOptions,
  SbomProblem,
  ValidateSbomOptions
} from '@sign/sbom'

export { ProvenanceError, readProvenance } from '@sign/provenance'
export type {
  ProvenanceErrorCode,
  Provenance,
  ProvenanceFamily,
  ProvenanceSource,
  ProvenanceWorkflow,
  ReadProvenanceOptions
} from '@sign/provenance'

export {
  OciError,
  createRegistryClient,
  registryStore,
  layoutStore,
  dockerConfigCredentials
} from '@sign/oci'
export type {
  OciErrorCode,
  ContentStore,
  CredentialProvider,
  Credentials,
  RegistryClient,
  RegistryClientOptions,
  Descriptor
} from '@sign/oci'
