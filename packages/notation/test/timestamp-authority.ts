// A small RFC 3161 timestamp authority for tests: real certificates (@sign/testenv), real ECDSA
// signatures, and the TimeStampToken (CMS SignedData over a TSTInfo) written byte by byte in
// DER here (with the package's DER writer), so each test can break exactly one thing.
import { createHash, sign, X509Certificate } from 'node:crypto'
import {
  caExtensions,
  generateKeyPair,
  issueCertificate,
  x509,
  type IssuedCertificate
} from '@sign/testenv'
import { DER, derElement as tlv, oidContents, readElement } from '../src/certificate/der.ts'
import { rawNames } from '../src/certificate/der-names.ts'

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  policy: '1.3.6.1.4.1.4146.2.3',
  baselinePolicy: '0.4.0.2023.1.1'
} as const

// ---- DER ----
const seq = (...parts: Buffer[]) => tlv(DER.SEQUENCE, ...parts)
const setOf = (...parts: Buffer[]) => tlv(0x31, ...[...parts].sort((a, b) => Buffer.compare(a, b)))
const octets = (bytes: Buffer) => tlv(DER.OCTET_STRING, bytes)
function integer(value: number | Buffer): Buffer {
  let bytes: Buffer
  if (typeof value === 'number') {
    const out: number[] = []
    for (let v = value; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256)
    bytes = Buffer.from(out.length ? out : [0])
  } else bytes = value
  if ((bytes[0] ?? 0) & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes])
  return tlv(DER.INTEGER, bytes)
}
const oid = (dotted: string) => tlv(DER.OID, oidContents(dotted))
const generalizedTime = (date: Date) =>
  tlv(
    0x18,
    Buffer.from(
      date
        .toISOString()
        .replace(/[-:T]/g, '')
        .replace(/\.\d{3}Z$/, 'Z')
    )
  )
const algorithm = (dotted: string) => seq(oid(dotted))
/** The content octets of one DER element (for re-tagging as [0] IMPLICIT). */
const contentOf = (der: Buffer): Buffer => der.subarray(readElement(der, 0).contentStart)

/** A TSA: its root and its timestamping certificate (EKU timeStamping, critical). */
export interface TestTsa {
  root: IssuedCertificate
  signer: IssuedCertificate
}

/** Options of {@link createTestTsa}. */
export interface CreateTestTsaOptions {
  /** The signing certificate's EKU extension; default critical timeStamping only. */
  extendedKeyUsage?: { usages: string[]; critical: boolean }
  notBefore?: Date
  notAfter?: Date
}

/** A TSA root (EC P-256) and a timestamping certificate it issued. */
export async function createTestTsa(options: CreateTestTsaOptions = {}): Promise<TestTsa> {
  const [rootKey, signerKey] = await Promise.all([
    generateKeyPair({ kind: 'ec', curve: 'P-256' }),
    generateKeyPair({ kind: 'ec', curve: 'P-256' })
  ])
  const root = await issueCertificate({
    subject: 'CN=Test TSA Root,O=sign tests,C=US',
    key: rootKey,
    extensions: await caExtensions(rootKey),
    notBefore: new Date(Date.UTC(2020, 0, 1)),
    notAfter: new Date(Date.UTC(2100, 0, 1))
  })
  const eku = options.extendedKeyUsage ?? { usages: ['1.3.6.1.5.5.7.3.8'], critical: true }
  const signer = await issueCertificate({
    subject: 'CN=Test TSA,O=sign tests,C=US',
    key: signerKey,
    issuer: root,
    notBefore: options.notBefore ?? new Date(Date.UTC(2020, 0, 1)),
    notAfter: options.notAfter ?? new Date(Date.UTC(2099, 0, 1)),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(eku.usages, eku.critical)
    ]
  })
  return { root, signer }
}

/** Options of {@link timestampToken}. */
export interface TimestampTokenOptions {
  tsa: TestTsa
  /** The stamped bytes (an envelope's raw signature). */
  message: Buffer
  genTime?: Date
  accuracy?: { seconds?: number; millis?: number }
  /** Default a GlobalSign-like policy; the ETSI baseline policy implies ±1 s. */
  policy?: string
  /** What goes wrong: */
  contentType?: string
  withoutCertificates?: boolean
  /** Certificates to embed (default the signer; the root is not needed). */
  certificates?: IssuedCertificate[]
  tamperSignature?: boolean
  wrongEssCertHash?: boolean
  /** Replaces the TSTInfo DER (e.g. garbage). */
  tstInfo?: Buffer
}

/** A DER TimeStampToken signed by the TSA's certificate. */
export function timestampToken(options: TimestampTokenOptions): Buffer {
  const { tsa } = options
  const genTime = options.genTime ?? new Date(Math.floor(Date.now() / 1000) * 1000)
  const accuracy = options.accuracy
    ? [
        seq(
          ...(options.accuracy.seconds !== undefined ? [integer(options.accuracy.seconds)] : []),
          ...(options.accuracy.millis !== undefined
            ? [tlv(0x80, integer(options.accuracy.millis).subarray(2))]
            : [])
        )
      ]
    : []
  const tstInfo =
    options.tstInfo ??
    seq(
      integer(1),
      oid(options.policy ?? OID.policy),
      seq(algorithm(OID.sha256), octets(createHash('sha256').update(options.message).digest())),
      integer(Buffer.from('0a1b2c3d', 'hex')),
      generalizedTime(genTime),
      ...accuracy
    )
  const contentType = options.contentType ?? OID.tstInfo
  const signerDer = tsa.signer.der
  const certHash = createHash('sha256')
    .update(options.wrongEssCertHash ? tsa.root.der : signerDer)
    .digest()
  const attributes = [
    seq(oid(OID.contentType), setOf(oid(contentType))),
    seq(oid(OID.messageDigest), setOf(octets(createHash('sha256').update(tstInfo).digest()))),
    seq(oid(OID.signingCertificateV2), setOf(seq(seq(seq(octets(certHash))))))
  ]
  const signedAttributes = setOf(...attributes)
  const signature = sign('sha256', signedAttributes, tsa.signer.key.privateKey)
  const last = signature.length - 3
  if (options.tamperSignature) signature[last] = (signature[last] ?? 0) ^ 0x01
  const serial = Buffer.from(new X509Certificate(signerDer).serialNumber, 'hex')
  const signerInfo = seq(
    integer(1),
    seq(rawNames(signerDer).issuer, integer(serial)),
    algorithm(OID.sha256),
    tlv(0xa0, contentOf(signedAttributes)),
    algorithm(OID.ecdsaWithSha256),
    octets(signature)
  )
  const certificates = options.withoutCertificates
    ? []
    : [tlv(0xa0, ...(options.certificates ?? [tsa.signer]).map(cert => cert.der))]
  const signedData = seq(
    integer(3),
    setOf(algorithm(OID.sha256)),
    seq(oid(contentType), tlv(0xa0, octets(tstInfo))),
    ...certificates,
    setOf(signerInfo)
  )
  return seq(oid(OID.signedData), tlv(0xa0, signedData))
}

export { OID as TIMESTAMP_OIDS }
