import { createPublicKey, type KeyObject } from 'node:crypto'
import type { JsonWebKey, KeyVaultKey } from '@azure/keyvault-keys'
import { NotationError } from '../errors.ts'
import type { VaultClients } from './clients.ts'
import { isKinded, keyVaultFailure, statusOf } from './failure.ts'
import type { KeyVaultKeyId } from './key-id.ts'

const b64 = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('base64url')

/** A Key Vault JSON Web Key (RSA, RSA-HSM, EC, EC-HSM) as a node:crypto public key. */
function publicKeyOf(key: JsonWebKey): KeyObject {
  const jwk = key.kty?.startsWith('EC')
    ? { kty: 'EC', crv: key.crv ?? '', x: b64(key.x), y: b64(key.y) }
    : { kty: 'RSA', n: b64(key.n), e: b64(key.e) }
  return createPublicKey({ key: jwk, format: 'jwk' })
}

/**
 * Reads the Key Vault key and checks that the leaf certificate certifies it. Returns the key, or
 * undefined when the identity lacks keys/get (403): signatures are then checked one by one.
 */
export async function keyMatchingLeaf(options: {
  id: KeyVaultKeyId
  leaf: KeyObject
  /** The clients of the key's vault. */
  clients: VaultClients
}): Promise<KeyVaultKey | undefined> {
  const { id, leaf } = options
  const client = options.clients.keys()
  let key: KeyVaultKey
  try {
    key = await client.getKey(id.name, id.version ? { version: id.version } : {})
  } catch (cause) {
    if (isKinded(cause)) throw cause
    if (statusOf(cause) === 403) return undefined
    throw keyVaultFailure({ call: { operation: 'getKey', ...id }, cause })
  }
  const der = (k: KeyObject) => k.export({ type: 'spki', format: 'der' })
  if (!key.key || !der(publicKeyOf(key.key)).equals(der(leaf))) {
    throw new NotationError({
      code: 'INVALID_CERTIFICATE_CHAIN',
      message: `the Key Vault key ${key.id ?? id.name} is not the key of the signing certificate; use the key id of the Key Vault certificate (its key, certificate and secret share name and version)`
    })
  }
  return key
}
