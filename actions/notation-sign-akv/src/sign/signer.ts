import { ConfigurationError, getIdToken, type Logger } from '@sign/action-kit'
import {
  NotationError,
  azureCredential,
  keyVaultSigner,
  pemSigner,
  type NotarySigner
} from '@sign/notation'
import type { SigningKey } from '../validate/signing-key.ts'

// Entra ID hosts that answer instance discovery; any other authority host (a private cloud, the
// emulator) is used as given, without discovery.
const KNOWN_AUTHORITIES = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn'
])

/**
 * The step's one signer: the Key Vault key (workload identity from the job's OIDC token with
 * client-id/tenant-id, else the environment's Azure credential) or the local PEM key. Building it
 * reads and checks the whole certificate chain against the Notary Project rules, so a bad chain,
 * an unsupported key or a missing Key Vault permission fails here, before anything is signed.
 */
export async function createSigner(options: {
  key: SigningKey
  logger: Logger
}): Promise<NotarySigner> {
  const { key } = options
  try {
    if (key.kind === 'pem') {
      return await Promise.resolve(
        pemSigner({ keyPem: key.keyPem, certificateChainPem: key.certificateChainPem })
      )
    }
    const authority = new URL(key.authorityHost)
    const credential = azureCredential({
      ...(key.clientId !== undefined && { clientId: key.clientId }),
      ...(key.tenantId !== undefined && { tenantId: key.tenantId }),
      ...(key.clientId !== undefined && { getIdToken }),
      authorityHost: key.authorityHost,
      disableInstanceDiscovery: !KNOWN_AUTHORITIES.has(authority.hostname)
    })
    if (key.disableChallengeResourceVerification) {
      options.logger.info(
        `${new URL(key.keyId).host} is not a Key Vault domain: challenge resource verification is off for it`
      )
    }
    return await keyVaultSigner({
      keyId: key.keyId,
      credential,
      chain: key.chain,
      ...(key.disableChallengeResourceVerification && {
        clientOptions: { disableChallengeResourceVerification: true }
      })
    })
  } catch (error) {
    throw refusal(error)
  }
}

const FIXES: Partial<Record<NotationError['code'], string>> = {
  INVALID_CERTIFICATE_CHAIN:
    'Use a code-signing certificate whose leaf has a critical keyUsage with digitalSignature and ' +
    'no CA:true, valid now, in a chain that ends in a self-signed root (Key Vault: ca-certs or ' +
    'certificate-source: secret for CA-issued certificates).',
  UNSUPPORTED_KEY: 'Create the key as RSA 2048, 3072 or 4096, or EC P-256, P-384 or P-521.',
  KEY_VAULT_FAILED: 'Grant the signing identity the Key Vault permission named above.',
  INVALID_INPUT: 'Fix the key inputs as described above.'
}

/** A user-fixable NotationError as a ConfigurationError (the rule it broke and what to do). */
function refusal(error: unknown): unknown {
  if (!(error instanceof NotationError)) return error
  const fix = FIXES[error.code]
  if (fix === undefined) return error
  return new ConfigurationError(`The signing key was refused: ${error.message}.`, {
    fix,
    cause: error
  })
}
