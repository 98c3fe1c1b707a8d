import { KeyObject, createPrivateKey, createPublicKey, webcrypto } from 'node:crypto'

type CryptoKeyPair = webcrypto.CryptoKeyPair

/** Key types the test environment makes: RSA by modulus size, EC by named curve. */
export type KeySpec =
  | { kind: 'rsa'; bits: 1024 | 2048 | 3072 | 4096 }
  | { kind: 'ec'; curve: 'P-256' | 'P-384' | 'P-521' }

export type { CryptoKeyPair }

export interface TestKeyPair {
  spec: KeySpec
  /** WebCrypto keys, usable by @peculiar/x509 to sign certificates. */
  keys: CryptoKeyPair
  /** The same keys as node:crypto KeyObjects. */
  privateKey: KeyObject
  publicKey: KeyObject
  /** PKCS#8 PEM of the private key. */
  privateKeyPem: string
}

const HASH_FOR_CURVE = { 'P-256': 'SHA-256', 'P-384': 'SHA-384', 'P-521': 'SHA-512' } as const

/** The WebCrypto algorithm a key of `spec` signs certificates with. */
export function signingAlgorithmFor(
  spec: KeySpec
): webcrypto.RsaHashedImportParams | webcrypto.EcdsaParams {
  return spec.kind === 'rsa'
    ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
    : { name: 'ECDSA', hash: HASH_FOR_CURVE[spec.curve] }
}

export async function generateKeyPair(spec: KeySpec): Promise<TestKeyPair> {
  const algorithm =
    spec.kind === 'rsa'
      ? {
          name: 'RSASSA-PKCS1-v1_5',
          modulusLength: spec.bits,
          publicExponent: new Uint8Array([1, 0, 1]),
          hash: 'SHA-256'
        }
      : { name: 'ECDSA', namedCurve: spec.curve }
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])
  const privateKey = KeyObject.from(keys.privateKey)
  const publicKey = KeyObject.from(keys.publicKey)
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  return { spec, keys, privateKey, publicKey, privateKeyPem }
}

/** Imports a PKCS#8 PEM private key (and its public half) as a key pair of `spec`. */
export function importKeyPair(spec: KeySpec, privateKeyPem: string): TestKeyPair {
  const privateKey = createPrivateKey(privateKeyPem)
  const publicKey = createPublicKey(privateKey)
  const algorithm =
    spec.kind === 'rsa' ? signingAlgorithmFor(spec) : { name: 'ECDSA', namedCurve: spec.curve }
  const keys: CryptoKeyPair = {
    privateKey: privateKey.toCryptoKey(algorithm, true, ['sign']),
    publicKey: publicKey.toCryptoKey(algorithm, true, ['verify'])
  }
  return { spec, keys, privateKey, publicKey, privateKeyPem }
}
