import type { FailureKind } from '@sign/failure'

/** Why provenance could not be built or read, for callers that branch on it. */
export type ProvenanceErrorCode =
  /** The ID token lacks claims the provenance is built from. */
  | 'MISSING_CLAIMS'
  /** Claims of the wrong type, or that contradict each other. */
  | 'INVALID_CLAIMS'
  /** A server URL that is not a GitHub host the provenance can name. */
  | 'INVALID_SERVER_URL'
  /** Subjects the workflow gave that cannot be attested (format, digest, duplicates, count). */
  | 'INVALID_SUBJECTS'
  /** Options the workflow gave that do not fit (an event payload that is not an object…). */
  | 'INVALID_OPTIONS'
  /** A statement that is not SLSA provenance at all (not an in-toto statement, another predicate). */
  | 'NOT_PROVENANCE'
  /** SLSA provenance whose known fields do not have the shape its buildType defines. */
  | 'INVALID_PROVENANCE'

/**
 * The kind of each code: what the workflow gives (claims of its run, subjects, options) is
 * configuration; a statement that does not read is a verification failure, reported per subject.
 */
function provenanceErrorKind(code: ProvenanceErrorCode): FailureKind {
  switch (code) {
    case 'MISSING_CLAIMS':
    case 'INVALID_CLAIMS':
    case 'INVALID_SERVER_URL':
    case 'INVALID_SUBJECTS':
    case 'INVALID_OPTIONS':
      return 'configuration'
    case 'NOT_PROVENANCE':
    case 'INVALID_PROVENANCE':
      return 'verification'
  }
}

/** The one error type of this package: a `code` to branch on and the failure `kind` it means. */
export class ProvenanceError extends Error {
  readonly code: ProvenanceErrorCode
  /** The failure kind this code means (runAction and the CLI read it structurally). */
  readonly kind: FailureKind

  constructor(options: { code: ProvenanceErrorCode; message: string; cause?: unknown }) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'ProvenanceError'
    this.code = options.code
    this.kind = provenanceErrorKind(options.code)
  }
}
