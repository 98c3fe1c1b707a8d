import type { KeylessSigner, Signer, VerificationPolicy } from '@sign/verify'
import { requirementLabel } from '@sign/verify'
import { shownPath } from './shown-path.ts'

/** One thing the policy says about a signer: `identity` and the value as the policy wrote it. */
export interface PolicyFact {
  label: string
  value: string
}

/** A signer of the policy: its name, what kind it is, and what it must be. */
export interface SignerDescription {
  name: string
  /** `keyless (Sigstore)`, `public key (Sigstore)`, `Notary Project`. */
  kind: string
  facts: PolicyFact[]
}

/** The policy as the log and the summary describe it: values only, each shown by its reader. */
export interface PolicyDescription {
  /** The policy file as the workflow named it, or undefined when the step's inputs are the policy. */
  file: string | undefined
  /** Each requirement's label, all of which must hold. */
  requirements: string[]
  signers: SignerDescription[]
  /** Where the trust material comes from (Sigstore trusted root, notation trust policies). */
  trust: PolicyFact[]
  allowUnsigned: boolean
}

/** The keyless fields in the order a reader checks them, with the words for each. */
const KEYLESS_FACTS: [keyof KeylessSigner, string][] = [
  ['certificateIdentity', 'identity'],
  ['certificateIdentityRegexp', 'identity regexp'],
  ['certificateOidcIssuer', 'issuer'],
  ['certificateOidcIssuerRegexp', 'issuer regexp'],
  ['certificateGithubWorkflowRepository', 'workflow repository'],
  ['certificateGithubWorkflowRef', 'workflow ref'],
  ['certificateGithubWorkflowSha', 'workflow commit'],
  ['certificateGithubWorkflowTrigger', 'workflow trigger'],
  ['certificateGithubWorkflowName', 'workflow name']
]

/** Options of {@link describePolicy}. */
export interface DescribePolicyOptions {
  policy: VerificationPolicy
}

/** What the policy requires, of whom, and with which trust material. */
export function describePolicy(options: DescribePolicyOptions): PolicyDescription {
  const { policy } = options
  return {
    file: policy.source === 'inputs' ? undefined : policy.source,
    requirements: policy.requirements.map(requirement => requirementLabel({ requirement })),
    signers: policy.signers.map(signer => describeSigner({ signer })),
    trust: trustFacts({ policy }),
    allowUnsigned: policy.allowUnsigned
  }
}

function describeSigner(options: { signer: Signer }): SignerDescription {
  const { signer } = options
  switch (signer.kind) {
    case 'keyless':
      return {
        name: signer.name,
        kind: 'keyless (Sigstore)',
        facts: KEYLESS_FACTS.flatMap(([field, label]) => {
          const value = signer[field]
          return typeof value === 'string' ? [{ label, value }] : []
        })
      }
    case 'key':
      return {
        name: signer.name,
        kind: 'public key (Sigstore)',
        facts: [{ label: 'key', value: shownPath({ path: signer.keyPath }) }]
      }
    case 'notation':
      return {
        name: signer.name,
        kind: 'Notary Project',
        facts: [
          ...(signer.scope === undefined ? [] : [{ label: 'scope', value: signer.scope }]),
          ...(signer.blobPolicyName === undefined
            ? []
            : [{ label: 'blob trust policy', value: signer.blobPolicyName }])
        ]
      }
  }
}

function trustFacts(options: { policy: VerificationPolicy }): PolicyFact[] {
  const { policy } = options
  const facts: PolicyFact[] = []
  const sigstore = policy.signers.some(signer => signer.kind !== 'notation')
  if (sigstore) {
    const root = policy.sigstore
    facts.push(
      root.source === 'public-good'
        ? { label: 'Sigstore trusted root', value: 'public-good (built in)' }
        : root.source === 'file'
          ? { label: 'Sigstore trusted root', value: shownPath({ path: root.path }) }
          : { label: 'Sigstore trusted root from TUF', value: root.mirror }
    )
  }
  for (const path of policy.notation?.trustPolicies ?? []) {
    facts.push({ label: 'notation trust policy', value: shownPath({ path }) })
  }
  const store = policy.notation?.trustStore
  if (store !== undefined) {
    facts.push({ label: 'notation trust store', value: shownPath({ path: store }) })
  }
  return facts
}
