import type { SignatureReport, SubjectReport, VerificationReport } from './types.ts'

/** Options of {@link renderReportText}. */
export interface RenderReportTextOptions {
  report: VerificationReport
}

/** The report as lines for a terminal or a log: per subject its verdict, then each signature. */
export function renderReportText(options: RenderReportTextOptions): string {
  const lines: string[] = []
  for (const subject of options.report.subjects) lines.push(...subjectLines(subject))
  const passed = options.report.subjects.filter(s => s.verified).length
  lines.push(
    `${options.report.verified ? 'verified' : 'NOT verified'}: ${passed} of ${options.report.subjects.length} subject(s) passed the policy ${options.report.policy}`
  )
  return `${lines.join('\n')}\n`
}

function subjectLines(subject: SubjectReport): string[] {
  const lines = [
    `${subject.verified ? 'PASS' : 'FAIL'} ${subject.subject}${subject.digest === '' ? '' : ` (${subject.digest})`}${subject.reason === undefined ? '' : `: ${subject.reason}`}`
  ]
  for (const requirement of subject.requirements) {
    lines.push(
      `  ${requirement.satisfied ? 'met    ' : 'NOT met'} ${requirement.requirement}${requirement.by === undefined ? '' : ` — ${requirement.by}`}`
    )
  }
  for (const signature of subject.signatures) lines.push(signatureLine(signature))
  for (const warning of [...subject.warnings, ...subject.signatures.flatMap(s => s.warnings)]) {
    lines.push(`  warning: ${warning}`)
  }
  return lines
}

function signatureLine(signature: SignatureReport): string {
  const what =
    signature.predicateType === undefined
      ? signature.kind
      : `${signature.kind} ${signature.predicateType}`
  const who = signature.identity === undefined ? '' : ` by ${signature.identity}`
  const signers = signature.signers.length === 0 ? '' : ` [${signature.signers.join(', ')}]`
  const reason = signature.reason === undefined ? '' : `: ${signature.reason}`
  return `  ${signature.verdict.padEnd(10)} ${what}${who}${signers} at ${signature.location} (${signature.via})${reason}`
}
