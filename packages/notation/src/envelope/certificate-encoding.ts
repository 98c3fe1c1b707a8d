import { checkCanonicalCertificate, NonCanonicalDerError } from '@sign/der'
import { invalidEnvelope } from './encoding.ts'

/** Options of {@link checkCertificateEncoding}. */
export interface CheckCertificateEncodingOptions {
  format: 'JWS' | 'COSE'
  /** The header the chain came from, as the message names it (`x5c`, `x5chain`). */
  header: string
  chain: Buffer[]
}

/**
 * Every certificate of the envelope's chain must be canonical DER: BER leniencies (long-form
 * lengths, padded integers, BOOLEAN TRUE other than 0xFF, trailing bytes) would let the
 * envelope's bytes change while the certificate parses the same. INVALID_ENVELOPE naming the
 * certificate and the violation.
 */
export function checkCertificateEncoding(options: CheckCertificateEncodingOptions): void {
  const { format, header, chain } = options
  for (const [index, der] of chain.entries()) {
    try {
      checkCanonicalCertificate({ der })
    } catch (error) {
      if (!(error instanceof NonCanonicalDerError)) throw error
      throw invalidEnvelope(
        format,
        `has a malformed certificate ${index} in ${header} (${index === 0 ? 'the signing certificate' : 'a chain certificate'}), not canonical DER: ${error.message}`,
        error
      )
    }
  }
}
