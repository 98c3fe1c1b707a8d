/** One signature or attestation found for a subject that did not count, and why. */
export interface FailedSignature {
  /** What it is (notation, sigstore-bundle, cosign-signature…) and where it was found. */
  what: string
  reason: string
}

/** One subject that did not pass: its name, why, and every signature found with its reason. */
export interface FailedSubject {
  subject: string
  reason: string
  signatures: FailedSignature[]
}

/** Options of the {@link VerificationFailure} constructor. */
export interface VerificationFailureOptions {
  /** How many subjects were checked in all. */
  total: number
  failed: FailedSubject[]
}

/**
 * What was checked did not pass: `N of M subjects did not pass`, then per subject its reason and,
 * per signature found, why that signature did not count. runAction prints the whole message in
 * the error annotation (not only in the summary or the report) and no "internal error" hint.
 */
export class VerificationFailure extends Error {
  override name = 'VerificationFailure'
  readonly kind = 'verification'
  readonly failed: FailedSubject[]

  constructor(options: VerificationFailureOptions) {
    super(verificationMessage(options))
    this.failed = options.failed
  }
}

function verificationMessage(options: VerificationFailureOptions): string {
  const { total, failed } = options
  const lines = [`${failed.length} of ${total} subject(s) did not pass the policy:`]
  for (const subject of failed) {
    lines.push(`- ${subject.subject}: ${subject.reason}`)
    for (const signature of subject.signatures) {
      lines.push(`    ${signature.what}: ${signature.reason}`)
    }
  }
  return lines.join('\n')
}
