import { randomBytes } from 'node:crypto'
import type { IssuedCertificate } from '../../pki/certificates.ts'
import { generateKeyPair, type KeySpec, type TestKeyPair } from '../../pki/keys.ts'
import type { ForbiddableOperation, ForbiddenWording } from './forbidden.ts'
import { exportPkcs12, type Pkcs12Encoding } from './pkcs12.ts'

export interface AddKeyOptions {
  name: string
  /** Key type of a new key; omit when `certificateChain` brings the key (its leaf's). */
  spec?: KeySpec
  /**
   * Leaf first. Makes the key a certificate's key, as Key Vault does: a certificate and a secret
   * of the same name and version, the secret holding the whole chain.
   */
  certificateChain?: IssuedCertificate[]
  /** How the secret holds the chain: PEM (default) or base64 PKCS#12 with an empty password. */
  secretFormat?: 'pem' | 'pkcs12'
  /** How a PKCS#12 secret is encrypted (default `key-vault`, Key Vault's own). */
  pkcs12Encoding?: Pkcs12Encoding
  /** The secret exactly as given (e.g. a PKCS#12 fixture), instead of one made from the chain. */
  secret?: { value: string; contentType: string }
  /** The policy's key_props.exportable: the secret then also holds the private key (default false). */
  exportable?: boolean
  /** Answer GET of this key with 403, as for a principal that has keys/sign but not keys/get. */
  forbidKeyGet?: boolean
  /** Answer these operations on this key, certificate or secret with a 403 in that wording. */
  forbid?: Partial<Record<ForbiddableOperation, ForbiddenWording>>
  /**
   * The key Key Vault signs with, when it is not the certificate's (a vault that is not what it
   * claims): GET of the key still returns the certificate's public key.
   */
  signingKey?: TestKeyPair
}

/** One version of a key (with its certificate and secret when it has a chain). */
export interface StoredVersion {
  name: string
  version: string
  /** Unix seconds. */
  created: number
  key: TestKeyPair
  /** What the sign operation uses (the key, unless AddKeyOptions.signingKey). */
  signingKey: TestKeyPair
  forbid: Partial<Record<ForbiddableOperation, ForbiddenWording>>
  certificate?: { chain: IssuedCertificate[]; exportable: boolean; contentType: string }
  secret?: { value: string; contentType: string }
}

export interface VaultStore {
  add(options: AddKeyOptions): Promise<StoredVersion>
  /** The version asked for, or the latest when `version` is empty. */
  find(name: string, version: string | undefined): StoredVersion | undefined
}

const PEM = 'application/x-pem-file'
const PKCS12 = 'application/x-pkcs12'

async function secretFor(options: AddKeyOptions, key: TestKeyPair, chain: IssuedCertificate[]) {
  if (options.secret) return options.secret
  const privateKeyPem = options.exportable ? key.privateKeyPem : undefined
  if (options.secretFormat === 'pkcs12') {
    const encoding = options.pkcs12Encoding ?? 'key-vault'
    const pfx = await exportPkcs12({ certificates: chain, privateKeyPem, encoding })
    return { value: pfx.toString('base64'), contentType: PKCS12 }
  }
  return {
    value: (privateKeyPem ?? '') + chain.map(c => `${c.pem.trimEnd()}\n`).join(''),
    contentType: PEM
  }
}

/** The emulator's keys by name, each with its versions in the order they were added. */
export function createVaultStore(): VaultStore {
  const keys = new Map<string, StoredVersion[]>()
  return {
    async add(options) {
      const chain = options.certificateChain ?? []
      const leaf = chain[0]
      const { spec } = options
      if (leaf && spec && JSON.stringify(spec) !== JSON.stringify(leaf.key.spec)) {
        throw new Error(`addKey: spec ${JSON.stringify(spec)} differs from the leaf's key`)
      }
      if (!leaf && !spec) throw new Error('addKey needs a spec or a certificate chain')
      const key = leaf ? leaf.key : await generateKeyPair(spec ?? { kind: 'rsa', bits: 2048 })
      const entry: StoredVersion = {
        name: options.name,
        version: randomBytes(16).toString('hex'),
        created: Math.floor(Date.now() / 1000),
        key,
        signingKey: options.signingKey ?? key,
        forbid: {
          ...(options.forbidKeyGet && { getKey: 'access-policy' as const }),
          ...options.forbid
        }
      }
      if (leaf) {
        entry.secret = await secretFor(options, key, chain)
        entry.certificate = {
          chain,
          exportable: options.exportable ?? false,
          contentType: entry.secret.contentType
        }
      }
      keys.set(options.name, [...(keys.get(options.name) ?? []), entry])
      return entry
    },
    find(name, version) {
      const versions = keys.get(name) ?? []
      return version ? versions.find(v => v.version === version) : versions.at(-1)
    }
  }
}
