import { ConfigurationError } from '@sign/action-kit'
import type { VerificationPolicy } from '@sign/verify'
import { VerifyError } from '@sign/verify/errors'
import { loadPolicy } from '@sign/verify/policy'
import { policyFromFlags } from '@sign/verify/policy-flags'
import type { Inputs } from '../inputs.ts'
import { inputFix } from './input-examples.ts'
import { checkKeylessFields } from './keyless-fields.ts'
import { checkPolicyInputs } from './policy-inputs.ts'
import { checkTrust } from './trust.ts'

const SIGNER_EXAMPLE =
  'with:\n  certificate-identity: https://github.com/org/repo/.github/workflows/release.yml@refs/tags/v1.0.0\n' +
  '  certificate-oidc-issuer: https://token.actions.githubusercontent.com'

const kebab = (camel: string): string => camel.replace(/[A-Z]/gu, c => `-${c.toLowerCase()}`)

/**
 * The policy: the `policy` file, or the policy the other inputs describe. Mixing both is refused
 * (one place holds the policy); policy mistakes become ConfigurationErrors naming the input.
 * The trust material it names is checked too (files read, nothing fetched).
 */
export async function resolvePolicy(options: { inputs: Inputs }): Promise<VerificationPolicy> {
  const { inputs } = options
  const file = inputs.policy
  const policy = file === undefined ? await fromInputs(inputs) : await fromFile({ inputs, file })
  const place = (field: string): string =>
    file === undefined ? `Input '${field}'` : `Input 'policy' (${file}), ${field}`
  checkKeylessFields({
    policy,
    name: ({ field, signer }) =>
      file === undefined
        ? `Input '${field}'`
        : `Input 'policy' (${file}), signers.${signer}.${field}`
  })
  await checkTrust({ policy, name: place })
  return policy
}

async function fromFile(options: { inputs: Inputs; file: string }): Promise<VerificationPolicy> {
  const mixed = Object.keys(options.inputs.flags).map(kebab)
  if (mixed.length > 0) {
    throw new ConfigurationError(
      `Input 'policy' holds the whole policy, so ${mixed.map(name => `'${name}'`).join(', ')} must not be set too. Move them into the policy file, or drop 'policy':`,
      { fix: inputFix('policy') }
    )
  }
  try {
    return await loadPolicy({ path: options.file })
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error
    throw new ConfigurationError(
      `Input 'policy': ${error.message}. Fix the policy file (schema: packages/verify/README.md), or name another:`,
      { cause: error, fix: inputFix('policy') }
    )
  }
}

async function fromInputs(inputs: Inputs): Promise<VerificationPolicy> {
  await checkPolicyInputs({ flags: inputs.flags })
  try {
    return await policyFromFlags({
      flags: inputs.flags,
      source: 'inputs',
      spell: name => `input '${name}'`,
      baseDir: process.cwd()
    })
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error
    if (error.message.startsWith('say who must have signed')) {
      throw new ConfigurationError(`${error.message}, for example:`, {
        cause: error,
        fix: SIGNER_EXAMPLE
      })
    }
    const input = /^input '([a-z-]+)'/u.exec(error.message)?.[1]
    throw new ConfigurationError(`${error.message}. For example:`, {
      cause: error,
      ...(input === undefined ? {} : { fix: inputFix(input) })
    })
  }
}
