import type * as pkijs from 'pkijs'
import { quote } from '@sign/safe-text'
import { NotationError } from '../errors.ts'
import { safeBagsOf } from './pkcs12-bags.ts'

const CERT_BAG = '1.2.840.113549.1.12.10.1.3'
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1'

/**
 * The X.509 certificates (DER, byte for byte as stored) of a password-less PKCS#12 file, as Key
 * Vault stores a certificate's secret (`application/x-pkcs12`, base64) — in every encoding Key
 * Vault and common tools write: 3DES bags with a SHA-1 MAC (Key Vault), PBES2 with AES (OpenSSL
 * 3), RC2-40 certificate bags (`openssl -legacy`, older Windows and Java), with or without a MAC,
 * with an empty or an absent password. Only certificate bags are used: a private key bag (an
 * exportable certificate) is never decrypted. `source` names the secret in errors.
 */
export async function certificatesFromPkcs12(options: {
  pfx: Buffer
  source: string
}): Promise<Buffer[]> {
  let bags: pkijs.SafeBag[]
  try {
    bags = await safeBagsOf({ pfx: options.pfx })
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new NotationError({
      code: 'INVALID_CERTIFICATE_CHAIN',
      message: `${options.source} is not a password-less PKCS#12 file this signer can read (${quote(reason)}); store the chain as PEM (content type application/x-pem-file) or pass the CA certificates as a PEM bundle`,
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
