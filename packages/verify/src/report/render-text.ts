import { escapeControls, plainOrQuoted } from '@sign/safe-text'
import type { SignatureReport, SubjectReport, VerificationReport } from './types.ts'

/** Options of {@link renderReportText}. */
export interface RenderReportTextOptions {
  report: VerificationReport
}

/**
 * The report as lines for a terminal or a log: per subject its verdict, then each signature.
 * Values that come from outside (subjects, identities, predicate types, locations) are shown
 * quoted when they are not plain, and every reason stays on its line, so nothing a signature or a
 * file name holds can pass for a line of the report.
 */
export function renderReportText(options: RenderReportTextOptions): string {
  const lines: string[] = []
  for (const subject of options.report.subjects) lines.push(...subjectLines(subject))
  const passed = options.report.subjects.filter(s => s.verified).length
  lines.push(
    `${options.report.verified ? 'verified' : 'NOT verified'}: ${passed} of ${options.report.subjects.length} subject(s) passed ${describePolicy(options.report.policy)}`
  )
  return `${lines.join('\n')}\n`
}

/**
 * The policy as a sentence names it: the one the command-line flags or the action inputs
 * describe, or the policy file.
 */
function describePolicy(source: string): string {
  if (source === 'flags') return 'the policy given by the command-line flags'
  if (source === 'inputs') return "the policy given by the step's inputs"
  return `the policy file ${plainOrQuoted(source)}`
}

/** Options of {@link renderSubjectVerdict}. */
export interface RenderSubjectVerdictOptions {
  subject: SubjectReport
}

/** One line: PASS or FAIL, the subject (quoted unless plain), its digest and the reason. */
export function renderSubjectVerdict(options: RenderSubjectVerdictOptions): string {
  const { subject } = options
  return `${subject.verified ? 'PASS' : 'FAIL'} ${plainOrQuoted(subject.subject)}${subject.digest === '' ? '' : ` (${plainOrQuoted(subject.digest)})`}${reasonText(subject.reason)}`
}

/** Options of {@link renderSubjectText}. */
export interface RenderSubjectTextOptions {
  subject: SubjectReport
}

/**
 * One subject as lines for a log: its verdict line, each requirement met or not, each signature
 * found (who signed it, where, its verdict and reason) and its warnings.
 */
export function renderSubjectText(options: RenderSubjectTextOptions): string {
  return subjectLines(options.subject).join('\n')
}

function subjectLines(subject: SubjectReport): string[] {
  const lines = [renderSubjectVerdict({ subject })]
  for (const requirement of subject.requirements) {
    lines.push(
      `  ${requirement.satisfied ? 'met    ' : 'NOT met'} ${oneLine(requirement.requirement)}${requirement.by === undefined ? '' : ` — ${oneLine(requirement.by)}`}`
    )
  }
  for (const signature of subject.signatures) lines.push(signatureLine(signature))
  for (const warning of [...subject.warnings, ...subject.signatures.flatMap(s => s.warnings)]) {
    lines.push(`  warning: ${oneLine(warning)}`)
  }
  return lines
}

function signatureLine(signature: SignatureReport): string {
  const what =
    signature.predicateType === undefined
      ? signature.kind
      : `${signature.kind} ${plainOrQuoted(signature.predicateType)}`
  const who = signature.identity === undefined ? '' : ` by ${plainOrQuoted(signature.identity)}`
  const signers = signature.signers.length === 0 ? '' : ` [${signature.signers.join(', ')}]`
  return `  ${signature.verdict.padEnd(10)} ${what}${sbomText(signature)}${provenanceText(signature)}${who}${signers} at ${plainOrQuoted(signature.location)} (${signature.via})${reasonText(signature.reason)}`
}

/** ` [SBOM spdx-json SPDX-2.3, 12 packages]`, or why the document is not readable; or nothing. */
/** ` [builder …, source …@ref]` for a provenance attestation; its problem when unreadable. */
function provenanceText(signature: SignatureReport): string {
  const { provenance } = signature
  if (provenance === undefined) return ''
  if (provenance.problem !== undefined) {
    return ` [provenance unreadable: ${oneLine(provenance.problem)}]`
  }
  const parts = [
    `builder ${plainOrQuoted(provenance.builderId ?? '(none)')}`,
    ...(provenance.sourceRepository === undefined
      ? []
      : [
          `source ${plainOrQuoted(`${provenance.sourceRepository}${provenance.sourceRef === undefined ? '' : `@${provenance.sourceRef}`}`)}`
        ])
  ]
  return ` [${parts.join(', ')}]`
}

function sbomText(signature: SignatureReport): string {
  const { sbom } = signature
  if (sbom === undefined) return ''
  if (sbom.problem !== undefined) {
    return ` [SBOM ${sbom.format}, unreadable: ${oneLine(sbom.problem)}]`
  }
  const packages = sbom.packages === 1 ? '1 package' : `${sbom.packages ?? 0} packages`
  return ` [SBOM ${sbom.format} ${plainOrQuoted(sbom.specVersion ?? '')}, ${packages}]`
}

/** `: reason` on one line, or nothing. */
function reasonText(reason: string | undefined): string {
  return reason === undefined ? '' : `: ${oneLine(reason)}`
}

/** Our own sentence, which may carry outside text: kept to one line, controls shown escaped. */
function oneLine(text: string): string {
  return escapeControls({ text, keepLines: false })
}
