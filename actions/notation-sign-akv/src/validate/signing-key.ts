import { readFile } from 'node:fs/promises'
import { ConfigurationError, maskSecret } from '@sign/action-kit'
import { NotationError, parseKeyId, type KeyVaultKeyId } from '@sign/notation'
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

type KeyInputs = Pick<
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

const KEY_VAULT_FIX =
  'with:\n  key-id: https://my-vault.vault.azure.net/keys/release-signing\n' +
  '  client-id: ${{ vars.AZURE_CLIENT_ID }}\n  tenant-id: ${{ vars.AZURE_TENANT_ID }}'
const PEM_FIX =
  'with:\n  key-file: ${{ runner.temp }}/signing-key.pem\n  certificate-file: signing-chain.pem'

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

async function pemKey(inputs: KeyInputs & { keyFile: string }): Promise<SigningKey> {
  const unused = (['certificateId', 'caCerts', 'clientId', 'tenantId'] as const).filter(
    name => inputs[name] !== undefined
  )
  if (unused.length > 0) {
    const names = unused.map(name => name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`))
    throw new ConfigurationError(
      `Input${names.length > 1 ? 's' : ''} ${names.map(n => `'${n}'`).join(', ')} only apply to a Key Vault key, not to key-file. Remove them, or sign with a local key alone:`,
      { fix: PEM_FIX }
    )
  }
  if (inputs.certificateFile === undefined) {
    throw new ConfigurationError(
      "Input 'certificate-file' is missing: key-file needs the PEM certificate chain of its key (leaf first). Set both:",
      { fix: PEM_FIX }
    )
  }
  const keyPem = await readInputFile('key-file', inputs.keyFile)
  maskSecret(keyPem)
  const certificateChainPem = await readInputFile('certificate-file', inputs.certificateFile)
  return { kind: 'pem', keyPem, certificateChainPem }
}

async function keyVaultKey(inputs: KeyInputs & { keyId: string }): Promise<SigningKey> {
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

function parseKeyVaultId(keyId: string): KeyVaultKeyId {
  try {
    return parseKeyId(keyId)
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

async function readInputFile(input: string, path: string): Promise<string> {
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
