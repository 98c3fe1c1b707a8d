import {
  caExtensions,
  issueCertificate,
  x509,
  type IssuedCertificate
} from '../pki/certificates.ts'
import { generateKeyPair, type KeySpec, type TestKeyPair } from '../pki/keys.ts'

/** The subject Notary Project's Key Vault docs use: C, ST and O present for x509.subject identities. */
export const DEFAULT_SIGNER_SUBJECT = 'CN=Test-Signer,O=notation,ST=WA,C=US'

/**
 * Extensions of a Notary Project code-signing leaf: critical BasicConstraints CA:false, critical
 * KeyUsage digitalSignature, ExtendedKeyUsage codeSigning (1.3.6.1.5.5.7.3.3), and its key id.
 */
export async function codeSigningExtensions(key: TestKeyPair): Promise<x509.Extension[]> {
  return [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning]),
    await x509.SubjectKeyIdentifierExtension.create(key.keys.publicKey)
  ]
}

export interface CodeSigningChainOptions {
  /** The signing key; default a new key of `spec`. */
  key?: TestKeyPair
  /** Default RSA 2048. */
  spec?: KeySpec
  /** Default DEFAULT_SIGNER_SUBJECT. */
  subject?: string
}

const signingKey = async (options: CodeSigningChainOptions): Promise<TestKeyPair> =>
  options.key ?? (await generateKeyPair(options.spec ?? { kind: 'rsa', bits: 2048 }))

/** A self-signed code-signing certificate: a one-certificate chain `[leaf]`. */
export async function selfSignedCodeSigningChain(
  options: CodeSigningChainOptions = {}
): Promise<IssuedCertificate[]> {
  const key = await signingKey(options)
  const leaf = await issueCertificate({
    subject: options.subject ?? DEFAULT_SIGNER_SUBJECT,
    key,
    extensions: await codeSigningExtensions(key)
  })
  return [leaf]
}

export interface CaIssuedChainOptions extends CodeSigningChainOptions {
  /** Key type of the root and intermediate (default EC P-256, quick to make). */
  caSpec?: KeySpec
}

/** A code-signing leaf issued through an intermediate by a root: `[leaf, intermediate, root]`. */
export async function caIssuedCodeSigningChain(
  options: CaIssuedChainOptions = {}
): Promise<IssuedCertificate[]> {
  const caSpec = options.caSpec ?? { kind: 'ec', curve: 'P-256' }
  const [key, rootKey, intermediateKey] = await Promise.all([
    signingKey(options),
    generateKeyPair(caSpec),
    generateKeyPair(caSpec)
  ])
  const root = await issueCertificate({
    subject: 'CN=Test Root CA,O=notation,ST=WA,C=US',
    key: rootKey,
    extensions: await caExtensions(rootKey)
  })
  const intermediate = await issueCertificate({
    subject: 'CN=Test Intermediate CA,O=notation,ST=WA,C=US',
    key: intermediateKey,
    issuer: root,
    extensions: await caExtensions(intermediateKey)
  })
  const leaf = await issueCertificate({
    subject: options.subject ?? DEFAULT_SIGNER_SUBJECT,
    key,
    issuer: intermediate,
    extensions: await codeSigningExtensions(key)
  })
  return [leaf, intermediate, root]
}
