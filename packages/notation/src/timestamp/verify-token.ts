import 'reflect-metadata'
import { X509Certificate } from 'node:crypto'
import * as x509 from '@peculiar/x509'
import * as pkijs from 'pkijs'
import { goSubject } from '../verify/go-format.ts'
import { timestampError } from './errors.ts'
import { signerCertificate } from './signer-certificate.ts'
import { buildTsaChain } from './tsa-chain.ts'
import { validateTstInfo } from './tst-info.ts'

const SIGNED_DATA = '1.2.840.113549.1.7.2'
const TST_INFO = '1.2.840.113549.1.9.16.1.4'
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8'

/** Options of {@link verifyTimestampToken}. */
export interface VerifyTimestampTokenOptions {
  /** The DER RFC 3161 TimeStampToken (CMS ContentInfo with SignedData). */
  token: Buffer
  /** The stamped bytes; for a Notary Project envelope, its raw signature. */
  message: Buffer
  /** The trusted TSA roots (the policy's `tsa` stores). */
  roots: X509Certificate[]
}

/** A verified timestamp. */
export interface VerifiedTimestamp {
  genTime: Date
  /** The timestamp is genTime ± accuracyMs. */
  accuracyMs: number
  /** The TSA signing certificate's subject, Go-style (`CN=…,O=…,C=…`). */
  tsaSubject: string
  /** The TSA chain, signing certificate first, ending in a trusted root. */
  tsaChain: X509Certificate[]
}

/**
 * Verifies an RFC 3161 timestamp countersignature as tspclient-go and notation-go do: CMS
 * SignedData with content type id-ct-TSTInfo; TSTInfo messageImprint = hash(message); the
 * signing certificate found in the token; the CMS signature; a chain to one of `roots` valid at
 * genTime; the signing certificate's only EKU is a critical timeStamping. Fails with
 * VERIFICATION_FAILED carrying notation's message.
 */
export async function verifyTimestampToken(
  options: VerifyTimestampTokenOptions
): Promise<VerifiedTimestamp> {
  const signedData = parseSignedData(options.token)
  const contentType = signedData.encapContentInfo.eContentType
  if (contentType !== TST_INFO) {
    throw timestampError(
      `failed to parse timestamp countersignature with error: unexpected content type: ${contentType}. Expected to be id-ct-TSTInfo (${TST_INFO})`
    )
  }
  const eContent = signedData.encapContentInfo.eContent
  if (!eContent) {
    throw timestampError(
      'failed to parse timestamp countersignature with error: cms: syntax error: the TSTInfo content is missing'
    )
  }
  const info = validateTstInfo({ der: octets(eContent), message: options.message })
  const signerDer = signerCertificate({ signedData })
  await verifyCmsSignature(signedData, options.message)
  const intermediates = (signedData.certificates ?? [])
    .filter(cert => cert instanceof pkijs.Certificate)
    .map(cert => new X509Certificate(Buffer.from(cert.toSchema().toBER(false))))
  const tsaChain = buildTsaChain({
    signer: new X509Certificate(signerDer),
    intermediates,
    roots: options.roots,
    at: info.genTime
  })
  checkTimeStampingUsage(signerDer)
  return { ...info, tsaSubject: goSubject(signerDer), tsaChain }
}

function parseSignedData(token: Buffer): pkijs.SignedData {
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(token)
    if (contentInfo.contentType !== SIGNED_DATA) {
      throw new Error(`content type ${contentInfo.contentType} is not signed data`)
    }
    return new pkijs.SignedData({ schema: contentInfo.content })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw timestampError(
      `failed to parse timestamp countersignature with error: cms: syntax error: ${reason}`,
      error
    )
  }
}

/** The bytes of an OCTET STRING, primitive or constructed (BER). */
function octets(value: pkijs.EncapsulatedContentInfo['eContent']): Buffer {
  if (!value) return Buffer.alloc(0)
  if (value.idBlock.isConstructed) {
    const parts = value.valueBlock.value as unknown as {
      valueBlock: { valueHexView: Uint8Array }
    }[]
    return Buffer.concat(parts.map(part => Buffer.from(part.valueBlock.valueHexView)))
  }
  return Buffer.from(value.valueBlock.valueHexView)
}

async function verifyCmsSignature(signedData: pkijs.SignedData, message: Buffer): Promise<void> {
  // pkijs checks a TSTInfo's imprint against `data` itself before the signature.
  const data = new Uint8Array(message).buffer
  let verified = false
  let cause: unknown
  try {
    const result = await signedData.verify({
      signer: 0,
      data,
      checkChain: false,
      extendedMode: true
    })
    verified = result.signatureVerified === true
  } catch (error) {
    cause = error
  }
  if (!verified) {
    throw timestampError(
      'failed to verify the timestamp countersignature with error: failed to verify signed token: cms verification failure: the signature does not verify with the signing certificate',
      cause
    )
  }
}

/** RFC 3161 §2.3: the TSA certificate has exactly one EKU, timeStamping, marked critical. */
function checkTimeStampingUsage(der: Buffer): void {
  const extension = new x509.X509Certificate(der).getExtension(x509.ExtendedKeyUsageExtension)
  const usages = extension?.usages.map(String) ?? []
  if (usages.length !== 1 || usages[0] !== TIME_STAMPING) {
    throw timestampError(
      'failed to verify the timestamp countersignature with error: failed to verify signed token: signing certificate must have and only have ExtKeyUsageTimeStamping as extended key usage'
    )
  }
  if (!extension?.critical) {
    throw timestampError(
      'failed to verify the timestamp countersignature with error: failed to verify signed token: signing certificate extended key usage extension must be set as critical'
    )
  }
}
