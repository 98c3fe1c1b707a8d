import { X509Certificate } from 'node:crypto'
import type { ParsedEnvelope } from '../envelope/types.ts'
import { goSubject, rfc1123z } from './go-format.ts'

/** A chain certificate's subject and validity, as the timestamp checks compare them. */
export interface ChainCert {
  subject: string
  notBefore: Date
  notAfter: Date
}

/** The envelope's certificate chain, leaf first. */
export function chainOf(envelope: ParsedEnvelope): ChainCert[] {
  return envelope.certificateChain.map(der => {
    const cert = new X509Certificate(der)
    return {
      subject: goSubject(der),
      notBefore: new Date(cert.validFrom),
      notAfter: new Date(cert.validTo)
    }
  })
}

/** Options of {@link invalidNow}. */
export interface InvalidNowOptions {
  chain: ChainCert[]
  now: Date
}

/** Why a certificate of the chain is not valid at `now`; undefined when every one is. */
export function invalidNow(options: InvalidNowOptions): string | undefined {
  const { now } = options
  for (const cert of options.chain) {
    if (now < cert.notBefore) {
      return `verification time is before certificate "${cert.subject}" validity period, it will be valid from "${rfc1123z(cert.notBefore)}"`
    }
    if (now > cert.notAfter) {
      return `verification time is after certificate "${cert.subject}" validity period, it was expired at "${rfc1123z(cert.notAfter)}"`
    }
  }
  return undefined
}
