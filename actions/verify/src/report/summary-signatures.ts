import { JobSummary, type Inline } from '@sign/action-kit'
import type { SignatureReport, SubjectReport, VerificationReport } from '@sign/verify'
import { foundAt, shortSubjectName, signatureKind, signedBy, verdictCell } from './summary-cells.ts'

/** Options of {@link addSignatures}. */
export interface AddSignaturesOptions {
  /** The summary the fold is added to. */
  summary: JobSummary
  report: VerificationReport
}

interface Found {
  subject: SubjectReport
  signature: SignatureReport
}

/**
 * Every signature and attestation found, in a fold (open when the run failed): per row its
 * subject, what it is, where it was found, who signed it (a failed one too, when its signature
 * verified) and its verdict; below the table, why each one that did not count did not (unless
 * "Why it failed" says so already; the warnings are shown outside the fold, with the subject's).
 * Nothing when nothing was found at all.
 */
export function addSignatures(options: AddSignaturesOptions): void {
  const { report } = options
  const found: Found[] = report.subjects.flatMap(subject =>
    subject.signatures.map(signature => ({ subject, signature }))
  )
  if (found.length === 0) return
  const body = new JobSummary().table({
    header: ['Subject', 'Signature', 'Found at', 'Signed by', 'Verdict'],
    rows: found.map(({ subject, signature }) => [
      shortSubjectName({ subject }),
      signatureKind({ signature }),
      foundAt({ signature }),
      signedBy({ signature }),
      verdictCell({ signature })
    ])
  })
  // A failed signature of a failed subject is explained above the fold already.
  const explained = found.filter(
    ({ subject, signature }) =>
      signature.reason !== undefined && (subject.verified || signature.verdict !== 'failed')
  )
  if (explained.length > 0) body.list(explained.map(reasonItem))
  options.summary.details({
    label: `Signatures found (${found.length})`,
    body,
    open: !report.verified
  })
}

/** `octo-repo:v1.2.3 · Sigstore bundle (referrer sha256:…): why it did not count`. */
function reasonItem(found: Found): Inline {
  const { subject, signature } = found
  return [
    shortSubjectName({ subject }),
    ' · ',
    signatureKind({ signature }),
    ' (',
    foundAt({ signature }),
    '): ',
    signature.reason ?? ''
  ]
}
