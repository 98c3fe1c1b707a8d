import { X509Certificate } from 'node:crypto'
import { quote } from '@sign/safe-text'
import { certificatesFromPem } from '../certificate/pem.ts'
import { NotationError } from '../errors.ts'
import type { VaultClients } from './clients.ts'
import { callKeyVault } from './failure.ts'
import type { KeyVaultKeyId } from './key-id.ts'
import { certificatesFromPkcs12 } from './pkcs12.ts'

/**
 * Where the certificate chain comes from, as notation-azure-kv's plugin config: the Certificates
 * API leaf alone (self-signed) or with a PEM bundle of its CA certificates (`ca_certs`), or the
 * Secrets API's merged chain (the plugin's default).
 */
export type KeyVaultChainSource =
  { source: 'certificate'; caCertsPem?: string } | { source: 'secret' }

export type { KeyVaultClientOptions } from './clients.ts'

/** Certificates as Key Vault gave them (unordered) and the versioned key id they belong to. */
export interface FetchedCertificates {
  certificates: Buffer[]
  /** The Certificates API leaf (certificate source only), which the ordered chain must start with. */
  leaf?: Buffer
  /** `…/keys/<name>/<version>` of the certificate or secret, when Key Vault names it. */
  keyId?: string
}

const isSelfIssued = (der: Buffer) => {
  const certificate = new X509Certificate(der)
  return certificate.issuer === certificate.subject
}

/** Reads the signing certificate and its CA certificates from Key Vault (the clients' vault). */
export async function fetchCertificates(options: {
  id: KeyVaultKeyId
  chain: KeyVaultChainSource
  clients: VaultClients
}): Promise<FetchedCertificates> {
  const { id, chain, clients } = options
  const { vaultUrl, name, version } = id
  if (chain.source === 'certificate') {
    const client = clients.certificates()
    const certificate = await callKeyVault({
      call: { operation: 'getCertificate', vaultUrl, name, version },
      run: () =>
        version ? client.getCertificateVersion(name, version) : client.getCertificate(name)
    })
    const leaf = Buffer.from(certificate.cer ?? [])
    if (chain.caCertsPem === undefined && !isSelfIssued(leaf)) {
      throw new NotationError({
        code: 'INVALID_CERTIFICATE_CHAIN',
        message: `the Key Vault certificate "${name}" is not self-signed: give its CA certificates as a PEM bundle, or read the whole chain from the Secrets API`
      })
    }
    const bundle =
      chain.caCertsPem === undefined
        ? []
        : certificatesFromPem({ pem: chain.caCertsPem, what: 'the CA certificates bundle' })
    return { certificates: [leaf, ...bundle], leaf, keyId: certificate.keyId }
  }
  const client = clients.secrets()
  const secret = await callKeyVault({
    call: { operation: 'getSecret', vaultUrl, name, version },
    run: () => client.getSecret(name, version ? { version } : {})
  })
  const source = `the Key Vault secret "${name}"`
  const value = secret.value ?? ''
  const keyId = secret.properties.certificateKeyId
  switch (secret.properties.contentType) {
    case 'application/x-pem-file':
      return { certificates: certificatesFromPem({ pem: value, what: source }), keyId }
    case 'application/x-pkcs12':
      return {
        certificates: await certificatesFromPkcs12({ pfx: Buffer.from(value, 'base64'), source }),
        keyId
      }
    default:
      throw new NotationError({
        code: 'INVALID_CERTIFICATE_CHAIN',
        message: `${source} has content type ${quote(secret.properties.contentType ?? '')}, not a certificate chain (application/x-pem-file or application/x-pkcs12); point the key id to a Key Vault certificate, or read the chain from the Certificates API with the CA certificates as a PEM bundle`
      })
  }
}
