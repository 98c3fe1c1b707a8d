import { joinInline, JobSummary, type Inline } from '@sign/action-kit'
import type { PolicyDescription, PolicyFact, SignerDescription } from './policy-description.ts'
import { shownPath } from './shown-path.ts'

/** Options of {@link addPolicyLines}. */
export interface AddPolicyLinesOptions {
  /** The summary the lines are added to. */
  summary: JobSummary
  policy: PolicyDescription
  /** Where the JSON report was written. */
  reportPath: string
}

/**
 * Where the policy came from and what it requires (`Policy: the file policy.yml — requires
 * signature by release and signature by akv.`), then where the whole report is.
 */
export function addPolicyLines(options: AddPolicyLinesOptions): void {
  const { policy, reportPath } = options
  const source: Inline =
    policy.file === undefined
      ? "the step's inputs"
      : ['the file ', { code: shownPath({ path: policy.file }), title: policy.file }]
  const required = joinInline(
    policy.requirements.map(label => ({ strong: label })),
    ' and '
  )
  options.summary
    .line([
      { strong: 'Policy:' },
      ' ',
      source,
      ' — requires ',
      required,
      policy.allowUnsigned ? '; subjects with nothing found pass (allow-unsigned)' : '',
      '.'
    ])
    .line([
      { strong: 'Report:' },
      ' ',
      { code: reportPath },
      ' (the step’s ',
      { code: 'report' },
      ' output).'
    ])
}

/** Options of {@link addSigners}. */
export interface AddSignersOptions {
  /** The summary the fold is added to. */
  summary: JobSummary
  policy: PolicyDescription
}

/** Each signer and the trust material, as the policy wrote them, in a closed fold. */
export function addSigners(options: AddSignersOptions): void {
  const { policy } = options
  const body = new JobSummary().list([
    ...policy.signers.map(signer => signerItem({ signer })),
    ...policy.trust.map(fact => factInline({ fact }))
  ])
  options.summary.details({ label: 'Signers and trust material', body })
}

function signerItem(options: { signer: SignerDescription }): Inline {
  const { signer } = options
  const facts =
    signer.facts.length > 0
      ? joinInline(
          signer.facts.map(fact => factInline({ fact })),
          ', '
        )
      : signer.kind === 'Notary Project'
        ? 'whoever the trust policy and the trust store accept'
        : ''
  return [{ code: signer.name }, ' — ', signer.kind, facts === '' ? '' : [': ', facts]]
}

function factInline(options: { fact: PolicyFact }): Inline {
  return [options.fact.label, ' ', { code: options.fact.value }]
}
