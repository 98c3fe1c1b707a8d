// key-id: a Key Vault key, its chain source and the workload identity inputs.
import { ConfigurationError } from '@sign/action-kit'
import { NotationError } from '@sign/notation/errors'
import { parseKeyId, refuseManagedHsm, type KeyVaultKeyId } from '@sign/notation/key-id'
import type { Inputs } from '../inputs.ts'
import { KEY_VAULT_FIX, readInputFile, type KeyInputs, type SigningKey } from './key-inputs.ts'

/** Checks the key-id inputs and reads ca-certs (nothing contacted yet). */
export async function keyVaultKey(inputs: KeyInputs & { keyId: string }): Promise<SigningKey> {
  if (inputs.certificateFile !== undefined) {
    throw new ConfigurationError(
      "Input 'certificate-file' goes with key-file; with key-id the chain comes from Key Vault (add CA certificates with ca-certs). Remove it:",
      { fix: KEY_VAULT_FIX }
    )
  }
  const id = parseKeyVaultId(inputs.keyId)
  checkCertificateId({
    certificateId: inputs.certificateId,
    key: id,
    source: inputs.certificateSource
  })
  if (inputs.caCerts !== undefined && inputs.certificateSource === 'secret') {
    throw new ConfigurationError(
      "Input 'ca-certs' adds CA certificates to the Certificates API leaf, but certificate-source is secret (the secret already holds the whole chain). Use one of:",
      { fix: 'with:\n  certificate-source: certificate\n  ca-certs: certs/ca-bundle.pem' }
    )
  }
  if ((inputs.clientId === undefined) !== (inputs.tenantId === undefined)) {
    const missing = inputs.clientId === undefined ? 'client-id' : 'tenant-id'
    throw new ConfigurationError(
      `Input '${missing}' is missing: workload identity federation needs client-id and tenant-id together. Set both:`,
      { fix: KEY_VAULT_FIX }
    )
  }
  const chain =
    inputs.certificateSource === 'secret'
      ? ({ source: 'secret' } as const)
      : inputs.caCerts === undefined
        ? ({ source: 'certificate' } as const)
        : ({
            source: 'certificate',
            caCertsPem: await readInputFile('ca-certs', inputs.caCerts)
          } as const)
  return {
    kind: 'key-vault',
    keyId: inputs.keyId,
    chain,
    disableChallengeResourceVerification: challengeVerificationOff(id.vaultUrl),
    clientId: inputs.clientId,
    tenantId: inputs.tenantId,
    authorityHost: authorityHost(inputs.authorityHost)
  }
}

/** key-id as a Key Vault key id; a Managed HSM key is refused (it has no certificate). */
function parseKeyVaultId(keyId: string): KeyVaultKeyId {
  try {
    const id = parseKeyId(keyId)
    refuseManagedHsm({ id })
    return id
  } catch (error) {
    if (!(error instanceof NotationError)) throw error
    throw new ConfigurationError(`Input 'key-id': ${error.message}. For example:`, {
      fix: KEY_VAULT_FIX,
      cause: error
    })
  }
}

/** certificate-id must name the certificate of key-id: Key Vault gives both one name and version. */
function checkCertificateId(options: {
  certificateId: string | undefined
  key: KeyVaultKeyId
  source: Inputs['certificateSource']
}): void {
  const { certificateId, key } = options
  if (certificateId === undefined) return
  const fix = `with:\n  key-id: ${key.vaultUrl}/keys/${key.name}\n  certificate-id: ${key.vaultUrl}/certificates/${key.name}`
  if (options.source === 'secret') {
    throw new ConfigurationError(
      "Input 'certificate-id' means the chain comes from the Certificates API, but certificate-source is secret. Remove one; for the Certificates API write:",
      { fix }
    )
  }
  let url: URL | undefined
  try {
    url = new URL(certificateId)
  } catch {
    url = undefined
  }
  const [collection, name, version, ...rest] = (url?.pathname ?? '')
    .replace(/\/$/, '')
    .split('/')
    .slice(1)
  const sameCertificate =
    url !== undefined &&
    url.origin === key.vaultUrl &&
    collection === 'certificates' &&
    name === key.name &&
    rest.length === 0 &&
    (version === undefined || key.version === undefined || version === key.version)
  if (!sameCertificate) {
    throw new ConfigurationError(
      `Input 'certificate-id': "${certificateId}" is not the certificate of key-id ${key.vaultUrl}/keys/${key.name}${key.version ? `/${key.version}` : ''}. A Key Vault certificate and its key share the vault, name and version:`,
      { fix }
    )
  }
}

// The DNS suffixes of Azure Key Vault and Managed HSM in the public and sovereign clouds.
const KEY_VAULT_SUFFIXES = [
  '.vault.azure.net',
  '.vault.azure.cn',
  '.vault.usgovcloudapi.net',
  '.vault.microsoftazure.de',
  '.managedhsm.azure.net',
  '.managedhsm.azure.cn',
  '.managedhsm.usgovcloudapi.net'
]

/**
 * Whether to turn off the Key Vault SDK's challenge-resource verification. The SDK checks that
 * the resource a 401 challenge names (vault.azure.net) matches the vault URL's domain, so that a
 * look-alike host cannot obtain a Key Vault token. A real vault always passes that check, so it is
 * never weakened for one: only a host outside Key Vault's domains (the emulator on 127.0.0.1, a
 * test double) gets it off, and such a host can only ever be sent a token for its own challenge.
 */
export function challengeVerificationOff(vaultUrl: string): boolean {
  const host = new URL(vaultUrl).hostname.toLowerCase()
  return !KEY_VAULT_SUFFIXES.some(suffix => host.endsWith(suffix))
}

function authorityHost(value: string): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (url?.protocol !== 'https:') {
    throw new ConfigurationError(
      `Input 'authority-host': "${value}" is not an https URL. Leave it unset for the public cloud, or name your cloud's Entra ID host:`,
      { fix: 'with:\n  authority-host: https://login.microsoftonline.us' }
    )
  }
  return url.origin
}
