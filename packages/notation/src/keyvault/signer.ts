import { createHash, X509Certificate } from 'node:crypto'
import type { TokenCredential } from '@azure/identity'
import { CryptographyClient } from '@azure/keyvault-keys'
import { NotationError } from '../errors.ts'
import { HASH_OF } from '../signer/algorithm.ts'
import type { NotarySigner } from '../signer/signer.ts'
import {
  fetchCertificates,
  type KeyVaultChainSource,
  type KeyVaultClientOptions
} from './chain-source.ts'
import { callKeyVault } from './failure.ts'
import { parseKeyId } from './key-id.ts'
import { keyMatchingLeaf } from './key-match.ts'
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
 * leaf before returning it. Key Vault failures → KEY_VAULT_FAILED naming the permission to grant.
 */
export async function keyVaultSigner(options: KeyVaultSignerOptions): Promise<NotarySigner> {
  const { credential, clientOptions = {} } = options
  const requested = parseKeyId(options.keyId)
  const fetched = await fetchCertificates({
    id: requested,
    chain: options.chain,
    credential,
    clientOptions
  })
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
  const key = await keyMatchingLeaf({ id, leaf: leaf.publicKey, credential, clientOptions })
  const keyUrl = `${id.vaultUrl}/keys/${id.name}${id.version ? `/${id.version}` : ''}`
  const client = new CryptographyClient(key ?? keyUrl, credential, clientOptions)
  return {
    algorithm,
    certificateChain,
    async sign(data) {
      const digest = createHash(HASH_OF[algorithm]).update(data).digest()
      const { result } = await callKeyVault({
        call: { operation: 'sign', ...id },
        run: () => client.sign(algorithm, digest)
      })
      const signature = Buffer.from(result)
      if (!signatureVerifies({ algorithm, publicKey: leaf.publicKey, data, signature })) {
        throw new NotationError({
          code: 'SIGNING_FAILED',
          message: `the ${algorithm} signature Key Vault returned for ${keyUrl} does not verify with the signing certificate's public key; the key is not the certificate's key — use the key id of the Key Vault certificate`
        })
      }
      return signature
    }
  }
}
