// The verification report: one entry per subject, one per signature or attestation found.

/** What was concluded about one signature or attestation. */
export type Verdict =
  /** It verified for at least one signer of the policy. */
  | 'verified'
  /** It was checked and did not verify (the reason says why). */
  | 'failed'
  /** The policy has no signer of its kind (e.g. a notation signature, no notation trust). */
  | 'unverified'
  /** Not a signature (an SBOM or other referrer): listed, not checked. */
  | 'ignored'
  /** An SBOM document with no signature of its own (read and listed; it counts for no signer). */
  | 'unsigned'

/** What an SBOM (an SBOM attestation's predicate, an SBOM referrer or file) holds. */
export interface SbomSummary {
  /** The format its storage names: the predicate type, artifact type or file name. */
  format: 'spdx-json' | 'cyclonedx-json'
  /** `SPDX-2.3`, `1.6`, … as the document says; absent when it could not be read. */
  specVersion?: string
  /** How many packages it lists; absent when it could not be read. */
  packages?: number
  /** Why the document is not a readable SBOM of its format. */
  problem?: string
}

/** What a SLSA provenance attestation says, for the report and provenance requirements. */
export interface ProvenanceSummary {
  /** `https://slsa.dev/provenance/v1` or `…/v0.2`. */
  predicateType: string
  buildType?: string
  builderId?: string
  /** The source repository, `https://<host>/<owner>/<repo>`. */
  sourceRepository?: string
  /** The source ref (`refs/tags/v1.2.3`). */
  sourceRef?: string
  /** The source commit. */
  sourceDigest?: string
  /** Why the predicate is not readable provenance. */
  problem?: string
}

/** One signature or attestation found for a subject. */
export interface SignatureReport {
  /** notation, sigstore-bundle, cosign-signature, cosign-attestation, sbom, unreadable, other. */
  kind: string
  category: 'signature' | 'attestation' | 'other'
  /** Where it was found: the referrer's manifest digest, a legacy tag, or a file path. */
  location: string
  /** How it was found (referrers-api, tag-schema, oci-layout, cosign-sig-tag, file …). */
  via: string
  predicateType?: string
  verdict: Verdict
  /** The policy signers it verified for. */
  signers: string[]
  /**
   * Who signed: the certificate SAN, the key, or the notation leaf subject. Also set for a failed
   * signature whose signature itself verified (a keyless bundle refused for its identity, issuer
   * or claims; a notation envelope that passed the integrity check): absent only when the
   * signature could not be read or does not verify, as then it names no one.
   */
  identity?: string
  /** The OIDC issuer of a keyless signature (set whenever `identity` is, for keyless). */
  issuer?: string
  /** Why it failed (one line per signer tried), or why it was not checked. */
  reason?: string
  /** Checks that failed but are only logged (notation permissive/audit levels). */
  warnings: string[]
  /** For an SBOM attestation, SBOM referrer or SBOM file: what the document holds. */
  sbom?: SbomSummary
  /** For a SLSA provenance attestation: its builder and source. */
  provenance?: ProvenanceSummary
}

/** One policy requirement, evaluated for a subject. */
export interface RequirementReport {
  /** e.g. `signature by release` or `attestation https://slsa.dev/provenance/v1 by release`. */
  requirement: string
  satisfied: boolean
  /** How it was satisfied (the signature's location), or a note (level skip). */
  by?: string
}

/** One verified subject: an image or a file. */
export interface SubjectReport {
  /** The target as given (reference, layout DIR:TAG, or file path). */
  subject: string
  kind: 'image' | 'file'
  /** The digest that was verified (images: the manifest; files: sha256 of the content). */
  digest: string
  verified: boolean
  /** Why the subject failed or passed unusually (allow-unsigned). */
  reason?: string
  requirements: RequirementReport[]
  signatures: SignatureReport[]
  warnings: string[]
}

/** The whole report. */
export interface VerificationReport {
  /** The report format's version. */
  version: 1
  /** True only when every subject verified. */
  verified: boolean
  /** Where the policy came from. */
  policy: string
  subjects: SubjectReport[]
}
