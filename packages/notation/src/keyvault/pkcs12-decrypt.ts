// Password-based decryption of a PKCS#12 SafeContents, through node-forge (loaded only when a
// PKCS#12 file has an encrypted part): PBES2 (PBKDF2 with AES or 3DES), and the PKCS#12 PBE
// schemes Key Vault, Windows, Java and `openssl -legacy` write — 3-key 3DES and RC2-40, which
// node:crypto (OpenSSL 3 without its legacy provider) does not run.
import 'node-forge/lib/pbe.js'
import forge from 'node-forge/lib/forge.js'

/** PBES2 (RFC 8018): the password is UTF-8, so an empty and an absent password are the same. */
const PBES2 = '1.2.840.113549.1.5.13'

/**
 * The password conventions of a password-less PKCS#12 file: the empty password, which RFC 7292
 * B.1 makes the BMPString terminator (two zero bytes), then an absent one (no bytes at all).
 */
export const PASSWORDLESS = ['', null] as const

/** Options of {@link decryptSafeContents}. */
export interface DecryptSafeContentsOptions {
  /** The contentEncryptionAlgorithm's OID. */
  algorithm: string
  /** DER of its parameters. */
  parameters: Buffer
  ciphertext: Buffer
  password: (typeof PASSWORDLESS)[number]
}

/** The decrypted bytes, or undefined when the padding shows the password is not this one. */
export function decryptSafeContents(options: DecryptSafeContentsOptions): Buffer | undefined {
  const { algorithm, parameters, ciphertext } = options
  const password = algorithm === PBES2 ? '' : options.password
  const cipher = forge.pbe.getCipher(
    algorithm,
    forge.asn1.fromDer(forge.util.createBuffer(parameters.toString('binary'), 'raw')),
    password
  )
  cipher.update(forge.util.createBuffer(ciphertext.toString('binary'), 'raw'))
  if (!cipher.finish()) return undefined
  return Buffer.from(cipher.output.getBytes(), 'binary')
}
