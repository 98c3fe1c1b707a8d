// What the verify step prints outside the annotations: the policy group's lines and the result
// line after the last group.
import { counted } from '@sign/action-kit'
import { plainOrQuoted } from '@sign/safe-text'
import type { Target, VerificationReport } from '@sign/verify'
import type { PolicyDescription, PolicyFact } from './policy-description.ts'
import { shownPath } from './shown-path.ts'

/** Options of {@link policyName}. */
export interface PolicyNameOptions {
  policy: PolicyDescription
}

/** `the policy file policy.yml`, or `the policy of the step's inputs`. */
export function policyName(options: PolicyNameOptions): string {
  const { file } = options.policy
  return file === undefined
    ? "the policy of the step's inputs"
    : `the policy file ${plainOrQuoted(shownPath({ path: file }))}`
}

/** The policy group's title: `Policy: the file policy.yml`, `Policy: the step's inputs`. */
export function policyTitle(options: PolicyNameOptions): string {
  const { file } = options.policy
  return `Policy: ${file === undefined ? "the step's inputs" : `the file ${plainOrQuoted(shownPath({ path: file }))}`}`
}

/** Options of {@link policyLogLines}. */
export interface PolicyLogLinesOptions {
  policy: PolicyDescription
}

/** What the policy requires, each signer as the policy wrote it, the trust material. */
export function policyLogLines(options: PolicyLogLinesOptions): string[] {
  const { policy } = options
  const unsigned = policy.allowUnsigned ? '; subjects with nothing found pass (allow-unsigned)' : ''
  return [
    `Requires: ${policy.requirements.join(' and ')}${unsigned}`,
    ...policy.signers.map(signer => {
      const facts =
        signer.facts.length > 0
          ? factsText(signer.facts)
          : 'whoever the trust policy and the trust store accept'
      return `Signer ${plainOrQuoted(signer.name)}, ${signer.kind}: ${facts}`
    }),
    ...policy.trust.map(fact => `${fact.label}: ${plainOrQuoted(fact.value)}`)
  ]
}

function factsText(facts: PolicyFact[]): string {
  return facts.map(fact => `${fact.label} ${plainOrQuoted(fact.value)}`).join(', ')
}

/** Options of {@link targetsLine}. */
export interface TargetsLineOptions {
  targets: Target[]
}

/** `Checking 3 subjects: 2 images and 1 file.` */
export function targetsLine(options: TargetsLineOptions): string {
  const { targets } = options
  const files = targets.filter(target => target.kind === 'file').length
  const images = targets.length - files
  const parts = [
    ...(images > 0 ? [counted(images, 'image')] : []),
    ...(files > 0 ? [counted(files, 'file')] : [])
  ]
  return `Checking ${counted(targets.length, 'subject')}: ${parts.join(' and ')}.`
}

/** Options of {@link resultLine}. */
export interface ResultLineOptions {
  report: VerificationReport
  policy: PolicyDescription
  reportPath: string
}

/** `Verified: 3 of 3 subjects passed the policy file policy.yml. Report: /…/report.json` */
export function resultLine(options: ResultLineOptions): string {
  const { report, policy, reportPath } = options
  const passed = report.subjects.filter(subject => subject.verified).length
  return (
    `${report.verified ? 'Verified' : 'NOT verified'}: ${passed} of ` +
    `${counted(report.subjects.length, 'subject')} passed ${policyName({ policy })}. ` +
    `Report: ${plainOrQuoted(reportPath)}`
  )
}
