import { ConfigurationError } from '@sign/action-kit'
import { loadPolicy, policyFromFlags, VerifyError, type VerificationPolicy } from '@sign/verify'
import type { Inputs } from '../inputs.ts'

const SIGNER_EXAMPLE =
  'with:\n  certificate-identity: https://github.com/org/repo/.github/workflows/release.yml@refs/tags/v1.0.0\n' +
  '  certificate-oidc-issuer: https://token.actions.githubusercontent.com'

const kebab = (camel: string): string => camel.replace(/[A-Z]/gu, c => `-${c.toLowerCase()}`)

/**
 * The policy: the `policy` file, or the policy the other inputs describe. Mixing both is refused
 * (one place holds the policy); policy mistakes become ConfigurationErrors naming the input.
 */
export async function resolvePolicy(options: { inputs: Inputs }): Promise<VerificationPolicy> {
  const { inputs } = options
  try {
    if (inputs.policy !== undefined) {
      const mixed = Object.keys(inputs.flags).map(kebab)
      if (mixed.length > 0) {
        throw new ConfigurationError(
          `Input 'policy' holds the whole policy, so ${mixed.map(name => `'${name}'`).join(', ')} must not be set too. Move them into the policy file, or drop 'policy':`,
          { fix: 'with:\n  policy: .github/verify-policy.yml' }
        )
      }
      return await loadPolicy({ path: inputs.policy })
    }
    return await policyFromFlags({
      flags: inputs.flags,
      source: 'inputs',
      spell: name => `input '${name}'`,
      baseDir: process.cwd()
    })
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error
    const noSigner = error.message.startsWith('say who must have signed')
    throw new ConfigurationError(error.message, {
      cause: error,
      ...(noSigner ? { fix: SIGNER_EXAMPLE } : {})
    })
  }
}
