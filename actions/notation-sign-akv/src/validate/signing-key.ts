import { ConfigurationError } from '@sign/action-kit'
import { KEY_VAULT_FIX, type KeyInputs, type SigningKey } from './key-inputs.ts'
import { keyVaultKey } from './key-vault-key.ts'
import { pemKey } from './pem-key.ts'

export type { SigningKey } from './key-inputs.ts'
export { challengeVerificationOff } from './key-vault-key.ts'

/** Checks the key inputs: exactly one of key-id and key-file, and what goes with each. */
export async function signingKey(inputs: KeyInputs): Promise<SigningKey> {
  if ((inputs.keyId === undefined) === (inputs.keyFile === undefined)) {
    const both = inputs.keyId !== undefined
    throw new ConfigurationError(
      both
        ? "Inputs 'key-id' and 'key-file' are both set: sign with a Key Vault key or a local key, not both. For Key Vault write:"
        : "No signing key: set input 'key-id' (a Key Vault key) or 'key-file' (a local PEM key), for example:",
      { fix: KEY_VAULT_FIX }
    )
  }
  if (inputs.keyFile !== undefined) return pemKey({ ...inputs, keyFile: inputs.keyFile })
  return keyVaultKey({ ...inputs, keyId: inputs.keyId ?? '' })
}
