import { createHash, X509Certificate } from 'node:crypto'
import type { TokenCredential } from '@azure/identity'
import { quote } from '@sign/safe-text'
import { NotationError } from '../errors.ts'
import { HASH_OF } from '../signer/algorithm.ts'
import type { NotarySigner } from '../signer/signer.ts'
import { fetchCertificates, type KeyVaultChainSource } from './chain-source.ts'
import { vaultClients, type KeyVaultClientOptions } from './clients.ts'
import { callKeyVault } from './failure.ts'
import { firstCallAlone } from './first-call-alone.ts'
import { parseKeyId } from './key-id.ts'
import { keyMatchingLeaf } from './key-match.ts'
import { KeyVaultError } from './keyvault-error.ts'
import { refuseManagedHsm } from './managed-hsm.ts'
import { signingChain } from './signing-chain.ts'
import { signatureVerifies } from './verify-signature.ts'

export interface KeyVaultSignerOptions {
  /** `https://<vault>.vault.azure.net/keys/<name>[/<version>]`; versionless means the latest. */
  keyId: string
  credential: TokenCredential
  /** Where the certificate chain comes from (see KeyVaultChainSource). */
  chain: KeyVaultChainSource
  clientOptions?: KeyVaultClientOptions
  /** When the chain must be valid; default now. */
  now?: Date
}

/**
 * A NotarySigner whose key stays in Azure Key Vault, as the notation-azure-kv plugin signs. Before
 * returning it reads the chain, orders and checks it (Notary Project certificate rules), derives
 * the algorithm from the leaf, and checks the Key Vault key is the leaf's key (when keys/get is
 * granted). `sign` hashes locally, sends only the digest, and verifies each signature against the
 * leaf before returning it. One set of clients serves the vault, on pinned api-versions; the first
 * signature is made alone, so the ones made beside it reuse its challenge and token. A Managed HSM
 * key id is refused before anything is asked. Key Vault failures → a KeyVaultError naming what to
 * grant, fix or check.
 */
export async function keyVaultSigner(options: KeyVaultSignerOptions): Promise<NotarySigner> {
  const { credential, clientOptions = {} } = options
  const requested = parseKeyId(options.keyId)
  refuseManagedHsm({ id: requested })
  const clients = vaultClients({ vaultUrl: requested.vaultUrl, credential, clientOptions })
  const fetched = await fetchCertificates({ id: requested, chain: options.chain, clients })
  const { chain: certificateChain, algorithm } = signingChain({
    certificates: fetched.certificates,
    at: options.now ?? new Date()
  })
  const leafDer = certificateChain[0] ?? Buffer.alloc(0)
  if (fetched.leaf && !fetched.leaf.equals(leafDer)) {
    throw new NotationError({
      code: 'INVALID_CERTIFICATE_CHAIN',
      message: `the CA certificates bundle does not chain to the Key Vault certificate "${requested.name}": the chain it makes starts with another certificate; give only the intermediate and root certificates that issued it`
    })
  }
  const leaf = new X509Certificate(leafDer)
  // The key of the certificate's own version, so a versionless id cannot pair mismatched versions.
  const id = fetched.keyId ? parseKeyId(fetched.keyId) : requested
  const keyClients =
    id.vaultUrl === clients.vaultUrl
      ? clients
      : vaultClients({ vaultUrl: id.vaultUrl, credential, clientOptions })
  await keyMatchingLeaf({ id, leaf: leaf.publicKey, clients: keyClients })
  const keyUrl = `${id.vaultUrl}/keys/${id.name}${id.version ? `/${id.version}` : ''}`
  const client = keyClients.cryptography(id)
  const sign = firstCallAlone(async (data: Buffer) => {
    const digest = createHash(HASH_OF[algorithm]).update(data).digest()
    const { result } = await callKeyVault({
      call: { operation: 'sign', ...id },
      run: () => client.sign(algorithm, digest)
    })
    const signature = Buffer.from(result)
    if (!signatureVerifies({ algorithm, publicKey: leaf.publicKey, data, signature })) {
      throw new KeyVaultError({
        problem: 'wrong-key',
        code: 'SIGNING_FAILED',
        message: `the key id ${keyUrl} does not belong to the signing certificate ${quote(leaf.subject.replaceAll('\n', ', '))}: the ${algorithm} signature Key Vault made with it does not verify with the certificate's public key. Sign with the key id of the Key Vault certificate (its key, certificate and secret share name and version)`
      })
    }
    return signature
  })
  return { algorithm, certificateChain, sign }
}
