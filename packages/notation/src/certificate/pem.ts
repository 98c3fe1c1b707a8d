import { NotationError } from '../errors.ts'

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g

/** Options of {@link certificatesFromPem}. */
export interface CertificatesFromPemOptions {
  pem: string
  /** Names the input in errors, e.g. `the certificate chain`. */
  what: string
}

/** The DER bytes of every CERTIFICATE block of a PEM text, in order; INVALID_INPUT if none. */
export function certificatesFromPem(options: CertificatesFromPemOptions): Buffer[] {
  const certs = [...options.pem.matchAll(PEM_BLOCK)]
    .filter(match => match[1] === 'CERTIFICATE')
    .map(match => Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64'))
  if (certs.length === 0) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: `${options.what} holds no PEM certificate; give PEM text with -----BEGIN CERTIFICATE----- blocks, leaf first or in any order`
    })
  }
  return certs
}
