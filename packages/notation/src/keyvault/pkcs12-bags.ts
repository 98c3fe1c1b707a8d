// The safe bags of a password-less PKCS#12 file (RFC 7292): pkijs reads the structure, and each
// encrypted SafeContents is decrypted with the empty password, then the absent one.
import * as pkijs from 'pkijs'

/** Options of {@link safeBagsOf}. */
export interface SafeBagsOptions {
  pfx: Buffer
}

/** Every SafeBag of the file, plain or decrypted; throws an Error saying what could not be read. */
export async function safeBagsOf(options: SafeBagsOptions): Promise<pkijs.SafeBag[]> {
  const pfx = pkijs.PFX.fromBER(options.pfx)
  // The MAC is not checked: the password is known to be empty, so it proves nothing, and
  // decryption itself tells which empty-password convention the file was written with.
  await pfx.parseInternalValues({ password: new ArrayBuffer(0), checkIntegrity: false })
  const safe = pfx.parsedValue?.authenticatedSafe
  if (!safe) throw new Error('the PFX has no authenticated safe')
  const bags: pkijs.SafeBag[] = []
  for (const contentInfo of safe.safeContents) {
    bags.push(...(await safeContentsOf({ contentInfo })).safeBags)
  }
  return bags
}

async function safeContentsOf(options: {
  contentInfo: pkijs.ContentInfo
}): Promise<pkijs.SafeContents> {
  const { contentInfo } = options
  switch (contentInfo.contentType) {
    case pkijs.ContentInfo.DATA:
      return pkijs.SafeContents.fromBER(octets(contentInfo.content))
    case pkijs.ContentInfo.ENCRYPTED_DATA:
      return decrypted({ encrypted: new pkijs.EncryptedData({ schema: contentInfo.content }) })
    default:
      throw new Error(`a SafeContents of type ${contentInfo.contentType} (public-key encrypted)`)
  }
}

/** The bytes of an OCTET STRING, joined when it is constructed (BER). */
function octets(value: unknown): ArrayBuffer {
  const getValue = (value as { getValue?: () => ArrayBuffer } | null)?.getValue
  if (typeof getValue !== 'function') throw new Error('a data SafeContents is not an OCTET STRING')
  return getValue.call(value)
}

async function decrypted(options: { encrypted: pkijs.EncryptedData }): Promise<pkijs.SafeContents> {
  const info = options.encrypted.encryptedContentInfo
  const algorithm = info.contentEncryptionAlgorithm
  const algorithmId = algorithm.algorithmId
  // pkijs types the parameters as any: an asn1js object (AlgorithmIdentifier's ANY DEFINED BY).
  const algorithmParams = algorithm.algorithmParams as { toBER(): ArrayBuffer }
  const { decryptSafeContents, PASSWORDLESS } = await import('./pkcs12-decrypt.ts')
  const parameters = Buffer.from(algorithmParams.toBER())
  const ciphertext = Buffer.from(info.getEncryptedContent())
  for (const password of PASSWORDLESS) {
    let plain: Buffer | undefined
    try {
      plain = decryptSafeContents({ algorithm: algorithmId, parameters, ciphertext, password })
    } catch (cause) {
      // node-forge names the scheme it does not implement; nothing else can read it either.
      throw new Error(`its SafeContents is encrypted with ${algorithmId}, which cannot be read`, {
        cause
      })
    }
    if (plain === undefined) continue
    try {
      return pkijs.SafeContents.fromBER(plain)
    } catch {
      // Padding that happened to look right: this was not the password either.
    }
  }
  throw new Error('it is encrypted with a password')
}
