// The certificate fields a keyless signer names, each checked for the shape its claim has.
import { ConfigurationError } from '@sign/action-kit'
import type { KeylessSigner, VerificationPolicy } from '@sign/verify'
import { inputFix } from './input-examples.ts'

/** What a field's value must look like, as a pattern and in words. */
const SHAPES: Partial<Record<keyof KeylessSigner, { pattern: RegExp; must: string }>> = {
  certificateOidcIssuer: {
    pattern: /^https?:\/\/[^\s/?#]+[^\s]*$/u,
    must: 'must be the issuer URL, e.g. https://token.actions.githubusercontent.com'
  },
  certificateGithubWorkflowRepository: {
    pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/u,
    must: 'must be a repository as owner/name'
  },
  certificateGithubWorkflowRef: {
    pattern: /^refs\/\S+$/u,
    must: 'must be a full git ref, starting with refs/ (refs/heads/main, refs/tags/v1.0.0)'
  },
  certificateGithubWorkflowSha: {
    pattern: /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u,
    must: 'must be a full commit id: 40 (or 64) lowercase hex digits'
  },
  certificateGithubWorkflowTrigger: {
    pattern: /^[a-z_]+$/u,
    must: 'must be an event name such as push, release or workflow_dispatch'
  }
}

const kebab = (camel: string): string => camel.replace(/[A-Z]/gu, c => `-${c.toLowerCase()}`)

/**
 * Every keyless signer's fields: single-line values (a claim is one line), each of the shape
 * its claim has. `name` says how messages name a field: the input, or its place in the file.
 */
export function checkKeylessFields(options: {
  policy: VerificationPolicy
  name: (options: { field: string; signer: string }) => string
}): void {
  for (const signer of options.policy.signers) {
    if (signer.kind !== 'keyless') continue
    for (const [key, value] of Object.entries(signer)) {
      if (key === 'kind' || key === 'name' || typeof value !== 'string') continue
      const field = kebab(key)
      const shape = SHAPES[key as keyof KeylessSigner]
      const problem = /[\r\n]/u.test(value)
        ? 'spans several lines, but a certificate claim is one line: give one value'
        : shape !== undefined && !shape.pattern.test(value)
          ? shape.must
          : undefined
      if (problem === undefined) continue
      throw new ConfigurationError(
        `${options.name({ field, signer: signer.name })} ${problem}. For example:`,
        { fix: inputFix(field) }
      )
    }
  }
}
