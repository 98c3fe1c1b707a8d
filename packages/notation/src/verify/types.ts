import type { BlobDigestAlgorithm } from '../storage/blob-descriptor.ts'
import type { TargetArtifact } from '../payload/target-artifact.ts'
import type { RevocationChecker } from '../revocation/types.ts'
import type {
  TrustPolicyStatement,
  ValidationAction,
  ValidationType
} from '../trust-policy/types.ts'
import type { TrustStoreSource } from '../trust-store/types.ts'

/** The artifact a signature must cover: an OCI manifest descriptor, or a blob. */
export type VerificationTarget =
  | { kind: 'oci'; descriptor: { mediaType: string; digest: string; size: number } }
  | {
      kind: 'blob'
      size: number
      /** The blob's digest with `algorithm`, as `sha384:<hex>`. */
      digest: (algorithm: BlobDigestAlgorithm) => Promise<string>
      /** Compared only when given (notation's `--media-type`). */
      mediaType?: string
    }

/** Options of {@link verifyNotationSignature}. */
export interface VerifyNotationSignatureOptions {
  /** The envelope bytes (signature manifest layer or `.sig` file). */
  envelope: Buffer
  /** `application/jose+json` or `application/cose`. */
  envelopeMediaType: string
  /** The trust policy statement that applies to the artifact. */
  statement: TrustPolicyStatement
  trustStores: TrustStoreSource
  target: VerificationTarget
  /** Key/value pairs that must be in the signed payload's annotations. */
  userMetadata?: Record<string, string>
  /**
   * Checks the signing chain's revocation status (step 7) and the TSA chain's (step 6); without
   * it revocation is reported as not checked.
   */
  revocation?: RevocationChecker
  /** The verification time; default now. */
  now?: Date
}

/** The result of one check of notary.md §3.3. */
export interface ValidationResult {
  type: ValidationType
  action: ValidationAction
  ok: boolean
  /** Why it failed, or a note (e.g. not checked). */
  message?: string
}

/** What verifying one signature found. Signature problems are reported here, never thrown. */
export interface NotationVerificationOutcome {
  /** True when no enforced check failed and the payload matches. */
  verified: boolean
  /** The checks that ran, in order. */
  results: ValidationResult[]
  /**
   * The enforced failure that stopped verification; `verificationPlugin` when the envelope needs
   * a verification plugin (inconclusive: this verifier runs none).
   */
  failure?: {
    type: ValidationType | 'verificationPlugin' | 'payload' | 'userMetadata'
    message: string
  }
  /** Logged failures (`<type> was set to "log" and failed with error: …`) and notes. */
  warnings: string[]
  signer?: {
    /** Go-style subject of the signing certificate, e.g. `CN=e2e,O=Notary,L=Seattle,ST=WA,C=US`. */
    subject: string
    issuer: string
    /** Lowercase hex SHA-256 of each certificate, leaf first. */
    sha256Fingerprints: string[]
  }
  signingScheme?: string
  /** notary.x509 signing time, or the signingAuthority's authentic signing time. */
  signingTime?: Date
  expiry?: Date
  payload?: TargetArtifact
  /** The verified timestamp countersignature, when step 6 checked one. */
  timestamp?: { genTime: Date; tsa: string }
}
