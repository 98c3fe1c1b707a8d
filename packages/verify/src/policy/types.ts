// The verification policy after validation: who may sign, what must be present, and the trust
// material to check it with. Built from a policy file (load-policy.ts) or from flags and inputs
// (PolicyFlags, policy-from-flags.ts); both go through the same validation (parse-policy.ts).

/** A Sigstore signer identified by its Fulcio certificate (keyless). */
export interface KeylessSigner {
  kind: 'keyless'
  name: string
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer?: string
  certificateOidcIssuerRegexp?: string
  certificateGithubWorkflowRepository?: string
  certificateGithubWorkflowRef?: string
  certificateGithubWorkflowSha?: string
  certificateGithubWorkflowTrigger?: string
  certificateGithubWorkflowName?: string
  /**
   * `[host/]owner/repo/.github/workflows/file.yml`, as `gh attestation verify --signer-workflow`
   * takes it: the certificate identity must be that workflow at any ref or commit (an anchored
   * regexp; exclusive with the certificate identity fields).
   */
  signerWorkflow?: string
}

/** A Sigstore signer with a managed key (cosign `--key`). */
export interface KeySigner {
  kind: 'key'
  name: string
  /** Where the PEM public key was read from. */
  keyPath: string
  /** The PEM public key. */
  key: string
}

/** A Notary Project signer: whoever the notation trust policy and trust store accept. */
export interface NotationSigner {
  kind: 'notation'
  name: string
  /** Blob trust policy statement name (default: the global statement). */
  blobPolicyName?: string
  /** OCI trust policy scope for images in an OCI layout (default: the `*` statement). */
  scope?: string
}

export type Signer = KeylessSigner | KeySigner | NotationSigner

/** The SBOM formats a policy can require. */
export type SbomFormat = 'spdx-json' | 'cyclonedx-json'

/**
 * What a provenance attestation must say, as slsa-verifier and `gh attestation verify` ask it:
 * the builder (exact, or an anchored regexp), the source repository, and at most one of the
 * source ref, tag, branch or versioned tag (`v1` matches any v1.x.y tag).
 */
export interface ProvenanceConstraints {
  builderId?: string
  builderIdRegexp?: string
  /** `https://<host>/<owner>/<repo>`, normalised from `owner/repo`, `github.com/o/r` or a git URI. */
  sourceRepository?: string
  /** A full ref: `refs/tags/v1.2.3`, `refs/heads/main`. */
  sourceRef?: string
  sourceTag?: string
  sourceBranch?: string
  /** `v1` or `v1.2`: a semver tag of that major (and minor) version. */
  sourceVersionedTag?: string
}

/** Something that must be present and verify for a subject to pass. */
export interface Requirement {
  /**
   * A signature (of the artifact itself), an attestation (an in-toto statement about it), an
   * SBOM of it (an SBOM attestation, or an SBOM document signed in its own right), or SLSA
   * provenance (an attestation whose builder and source the policy constrains).
   */
  category: 'signature' | 'attestation' | 'sbom' | 'provenance'
  /** Signer names, any of which satisfies the requirement. */
  signers: string[]
  /** Attestations: the predicate type that must be attested. */
  predicateType?: string
  /** SBOMs: the format the SBOM must have. */
  format?: SbomFormat
  /** Provenance: what it must say (predicateType holds its SLSA version). */
  provenance?: ProvenanceConstraints
}

/** Where the Sigstore trusted root comes from. */
export type SigstoreTrust =
  | { source: 'public-good' }
  | { source: 'file'; path: string }
  | { source: 'tuf'; mirror: string; root: string }

/** The notation trust configuration. */
export interface NotationTrust {
  /** Trust policy documents (OCI and/or blob), by path. */
  trustPolicies: string[]
  /** Directory holding x509/{ca,signingAuthority,tsa}/<name>/. */
  trustStore?: string
}

/** A validated verification policy. */
export interface VerificationPolicy {
  /** Where the policy came from (file path, or `flags`/`inputs`), for messages. */
  source: string
  signers: Signer[]
  /**
   * All must hold. When the document has no `require`, one requirement stands in: a signature
   * by any signer.
   */
  requirements: Requirement[]
  sigstore: SigstoreTrust
  notation?: NotationTrust
  /** Subjects where no signature or attestation at all is found pass (with a warning). */
  allowUnsigned: boolean
}

/**
 * The policy as cosign/notation-style flags or action inputs give it (camelCase of the flags):
 * the keyless signer's certificate fields, and the rest.
 */
export interface PolicyFlags extends Omit<KeylessSigner, 'kind' | 'name'> {
  /** A PEM public key file (cosign `--key`). */
  key?: string
  /** A predicate type (URI or cosign short name): attestations of it are required, not signatures. */
  type?: string
  /** An SBOM format (`spdx-json`, `cyclonedx-json`): an SBOM of it, signed by each signer given, is required too. */
  requireSbom?: string
  /**
   * Provenance constraints (slsa-verifier's flag names): given any, the Sigstore signers must have
   * attested SLSA provenance (v1, or `type`) that meets them, instead of a signature.
   */
  builderId?: string
  builderIdRegexp?: string
  sourceUri?: string
  sourceRef?: string
  sourceTag?: string
  sourceBranch?: string
  sourceVersionedTag?: string
  trustedRoot?: string
  tufMirror?: string
  tufRoot?: string
  /** notation trust policy documents (OCI and/or blob). */
  trustPolicy?: string[]
  /** notation trust store directory (holding x509/). */
  trustStore?: string
  /** OCI trust policy scope for images in an OCI layout. */
  scope?: string
  allowUnsigned?: boolean
}
