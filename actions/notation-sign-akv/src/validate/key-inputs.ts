// What the Key Vault and PEM key inputs share: the checked key, the inputs, the fixes, and reading
// an input's file.
import { readFile } from 'node:fs/promises'
import { ConfigurationError } from '@sign/action-kit'
import type { Inputs } from '../inputs.ts'

/** Where the signing key lives, read and checked from the inputs (nothing contacted yet). */
export type SigningKey =
  | {
      kind: 'key-vault'
      keyId: string
      chain: { source: 'certificate'; caCertsPem?: string } | { source: 'secret' }
      /** Set only for hosts that are not Key Vault's (see challengeVerificationOff). */
      disableChallengeResourceVerification: boolean
      clientId: string | undefined
      tenantId: string | undefined
      authorityHost: string
    }
  | { kind: 'pem'; keyPem: string; certificateChainPem: string }

export type KeyInputs = Pick<
  Inputs,
  | 'keyId'
  | 'certificateId'
  | 'caCerts'
  | 'certificateSource'
  | 'keyFile'
  | 'certificateFile'
  | 'clientId'
  | 'tenantId'
  | 'authorityHost'
>

export const KEY_VAULT_FIX =
  'with:\n  key-id: https://my-vault.vault.azure.net/keys/release-signing\n' +
  '  client-id: ${{ vars.AZURE_CLIENT_ID }}\n  tenant-id: ${{ vars.AZURE_TENANT_ID }}'
export const PEM_FIX =
  'with:\n  key-file: ${{ runner.temp }}/signing-key.pem\n  certificate-file: signing-chain.pem'

/** Reads the file an input names; a missing or unreadable file is a ConfigurationError. */
export async function readInputFile(input: string, path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigurationError(
      `Input '${input}': cannot read ${path} (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}). Name a PEM file an earlier step wrote, relative to the workspace:`,
      { fix: input === 'key-file' ? PEM_FIX : `with:\n  ${input}: certs/chain.pem`, cause: error }
    )
  }
}
