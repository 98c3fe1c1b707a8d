import * as pkijs from 'pkijs'
import { NotationError } from '../errors.ts'

const CERT_BAG = '1.2.840.113549.1.12.10.1.3'
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1'

/**
 * The X.509 certificates (DER) of a password-less PKCS#12 file, as Key Vault stores a
 * certificate's secret (`application/x-pkcs12`, base64). Only certificate bags are read: a
 * private key bag (an exportable certificate) stays encrypted and unread. `source` names the
 * secret in errors.
 */
export async function certificatesFromPkcs12(options: {
  pfx: Buffer
  source: string
}): Promise<Buffer[]> {
  const password = new ArrayBuffer(0)
  let bags: pkijs.SafeBag[]
  try {
    const pfx = pkijs.PFX.fromBER(options.pfx)
    await pfx.parseInternalValues({ password, checkIntegrity: false })
    const safe = pfx.parsedValue?.authenticatedSafe
    if (!safe) throw new Error('the PFX has no authenticated safe')
    await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password })) })
    // pkijs types the parsed value as any: { safeContents: [{ value: SafeContents }] }.
    const parsed = safe.parsedValue as { safeContents: Array<{ value: pkijs.SafeContents }> }
    bags = parsed.safeContents.flatMap(contents => contents.value.safeBags)
  } catch (cause) {
    throw new NotationError({
      code: 'INVALID_CERTIFICATE_CHAIN',
      message: `${options.source} is not a password-less PKCS#12 file this signer can read (${cause instanceof Error ? cause.message : String(cause)}); store the chain as PEM (content type application/x-pem-file) or pass the CA certificates as a PEM bundle`,
      cause
    })
  }
  const certificates = bags
    .filter(bag => bag.bagId === CERT_BAG)
    .map(bag => bag.bagValue as pkijs.CertBag)
    .filter(bag => bag.certId === X509_CERTIFICATE)
    .map(bag => bag.certValue)
    .map(value => ('valueBlock' in value ? Buffer.from(value.valueBlock.valueHexView) : undefined))
    .filter(der => der !== undefined)
  if (certificates.length === 0) {
    throw new NotationError({
      code: 'INVALID_CERTIFICATE_CHAIN',
      message: `${options.source} holds no X.509 certificate; merge the signed certificate and its CA chain into the Key Vault certificate`
    })
  }
  return certificates
}
