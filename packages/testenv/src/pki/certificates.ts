// @peculiar/x509 resolves its ASN.1 schemas through tsyringe, which needs this polyfill first.
import 'reflect-metadata'
import { randomBytes, webcrypto } from 'node:crypto'
import * as x509 from '@peculiar/x509'
import { signingAlgorithmFor, type TestKeyPair } from './keys.ts'

// node:crypto implements the WebCrypto `Crypto` interface that @peculiar/x509 expects.
x509.cryptoProvider.set(webcrypto)

/** A certificate and the key pair it certifies. */
export interface IssuedCertificate {
  certificate: x509.X509Certificate
  /** PEM of the certificate alone. */
  pem: string
  /** DER of the certificate. */
  der: Buffer
  key: TestKeyPair
}

export interface IssueCertificateOptions {
  /** Distinguished name, e.g. `CN=signer,O=Notary,L=Seattle,ST=WA,C=US`. */
  subject: string
  key: TestKeyPair
  /** The issuing certificate; omit for a self-signed certificate. */
  issuer?: IssuedCertificate
  notBefore?: Date
  notAfter?: Date
  /** Extensions exactly as they should appear; nothing is added implicitly. */
  extensions?: x509.Extension[]
}

const HOUR = 3_600_000

/** Issues (or self-signs) an X.509 certificate with exactly the given extensions. */
export async function issueCertificate(
  options: IssueCertificateOptions
): Promise<IssuedCertificate> {
  const { subject, key, issuer } = options
  const signer = issuer?.key ?? key
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: `01${randomBytes(15).toString('hex')}`,
    subject,
    issuer: issuer?.certificate.subject ?? subject,
    notBefore: options.notBefore ?? new Date(Date.now() - HOUR),
    notAfter: options.notAfter ?? new Date(Date.now() + 30 * 24 * HOUR),
    publicKey: key.keys.publicKey,
    signingKey: signer.keys.privateKey,
    signingAlgorithm: signingAlgorithmFor(signer.spec),
    extensions: options.extensions ?? []
  })
  return {
    certificate,
    pem: certificate.toString('pem'),
    der: Buffer.from(certificate.rawData),
    key
  }
}

/** Extensions of a certificate authority: critical CA:true and keyCertSign. */
export async function caExtensions(key: TestKeyPair): Promise<x509.Extension[]> {
  return [
    new x509.BasicConstraintsExtension(true, undefined, true),
    new x509.KeyUsagesExtension(
      x509.KeyUsageFlags.keyCertSign |
        x509.KeyUsageFlags.cRLSign |
        x509.KeyUsageFlags.digitalSignature,
      true
    ),
    await x509.SubjectKeyIdentifierExtension.create(key.keys.publicKey)
  ]
}

/** Extensions of a TLS server certificate for the given DNS names and IP addresses. */
export function tlsServerExtensions(hosts: string[]): x509.Extension[] {
  const names = hosts.map(host =>
    /^[\d.]+$/.test(host) || host.includes(':')
      ? { type: 'ip' as const, value: host }
      : { type: 'dns' as const, value: host }
  )
  return [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(
      x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
      true
    ),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
    new x509.SubjectAlternativeNameExtension(names)
  ]
}

export { x509 }
