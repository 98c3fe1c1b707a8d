import { X509Certificate } from 'node:crypto'
import { counted, getIdToken, type Logger } from '@sign/action-kit'
import { plainOrQuoted } from '@sign/safe-text'
import { azureCredential, keyVaultSigner, pemSigner, type NotarySigner } from '@sign/notation'
import { keyRefusal } from '../validate/key-refusal.ts'
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
 * an unsupported key or a missing Key Vault permission fails here, before anything is signed. The
 * job's ID token is requested once, whatever the number of signatures. Logs the key, algorithm
 * and certificate it checked.
 */
export async function createSigner(options: {
  key: SigningKey
  logger: Logger
}): Promise<NotarySigner> {
  const signer = await checkedSigner(options)
  const [leaf] = signer.certificateChain
  const subject =
    leaf === undefined ? '?' : new X509Certificate(leaf).subject.replaceAll('\n', ', ')
  const key = options.key.kind === 'pem' ? 'The key of key-file' : options.key.keyId
  options.logger.info(
    `${key} signs ${signer.algorithm} as ${plainOrQuoted(subject)} (a chain of ${counted(signer.certificateChain.length, 'certificate')}, checked)`
  )
  return signer
}

async function checkedSigner(options: { key: SigningKey; logger: Logger }): Promise<NotarySigner> {
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
    const signer = await keyVaultSigner({
      keyId: key.keyId,
      credential,
      chain: key.chain,
      ...(key.disableChallengeResourceVerification && {
        clientOptions: { disableChallengeResourceVerification: true }
      })
    })
    // A refusal while signing (keys/sign missing, a key that is not the certificate's) names the
    // input and the fix as one while checking does.
    return {
      ...signer,
      sign: data =>
        signer.sign(data).catch((error: unknown) => {
          throw keyRefusal({ error, key })
        })
    }
  } catch (error) {
    throw keyRefusal({ error, key })
  }
}
