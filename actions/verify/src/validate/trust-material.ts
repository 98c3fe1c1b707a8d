// The trust material as the inputs name it: a trusted root, TUF root or notation trust policy
// that cannot be loaded is a ConfigurationError naming the input that points to it.
import { ConfigurationError } from '@sign/action-kit'
import { SigstoreError } from '@sign/sigstore'
import { loadTrust, VerifyError, type TrustMaterial, type VerificationPolicy } from '@sign/verify'
import type { Inputs } from '../inputs.ts'

/** Options of {@link loadTrustMaterial}. */
export interface LoadTrustMaterialOptions {
  policy: VerificationPolicy
  inputs: Pick<Inputs, 'policy'>
  tufCachePath: string
}

/** Loads the policy's trust material; what the inputs got wrong names the input and the fix. */
export async function loadTrustMaterial(options: LoadTrustMaterialOptions): Promise<TrustMaterial> {
  const { policy, inputs, tufCachePath } = options
  try {
    return await loadTrust({ policy, tufCachePath })
  } catch (error) {
    if (!(error instanceof VerifyError) || error.kind !== 'configuration') throw error
    const { input, fix } = trustInput({ policy, inputs, error })
    throw new ConfigurationError(
      `Input '${input}': ${error.message}. Fix that file, or name another one (relative to the workspace):`,
      {
        fix,
        cause: error
      }
    )
  }
}

/** Which input named the material that failed, and what to write there. */
function trustInput(options: {
  policy: VerificationPolicy
  inputs: Pick<Inputs, 'policy'>
  error: VerifyError
}): { input: string; fix: string } {
  const { policy, inputs, error } = options
  if (inputs.policy !== undefined) {
    return { input: 'policy', fix: `with:\n  policy: ${inputs.policy}` }
  }
  if (error.cause instanceof SigstoreError) {
    return policy.sigstore.source === 'tuf'
      ? {
          input: 'tuf-root',
          fix: 'with:\n  tuf-mirror: https://tuf.example.com\n  tuf-root: sigstore/root.json'
        }
      : {
          input: 'trusted-root',
          fix: 'with:\n  trusted-root: sigstore/trusted_root.json   # or leave it out for the public-good root'
        }
  }
  return {
    input: 'trust-policy',
    fix: 'with:\n  trust-policy: .github/notation/trustpolicy.oci.json\n  trust-store: .github/notation/truststore'
  }
}
