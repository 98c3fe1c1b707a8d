import { X509Certificate } from 'node:crypto'
import type { CertificateRevocation, RevocationChecker } from '../revocation/types.ts'
import { goSubject } from './go-format.ts'

/** Options of {@link checkRevocation}. */
export interface CheckRevocationOptions {
  /** DER certificates, leaf first. */
  chain: Buffer[]
  checker: RevocationChecker
  /** notary.x509.signingAuthority's authentic signing time. */
  signingTime?: Date
  /** Names the chain in messages: `signing` (step 7) or `timestamping` (the TSA chain, step 6). */
  role: 'signing' | 'timestamping'
}

/**
 * Step 7 of notary.md §3.3 (notation-go verifyRevocation / revocationFinalResult), also used
 * for the TSA chain in step 6: any revoked
 * certificate fails as revoked (the one nearest the leaf); otherwise any certificate that is
 * neither good nor non-revokable fails as unknown. Returns the failure message.
 */
export async function checkRevocation(
  options: CheckRevocationOptions
): Promise<string | undefined> {
  const { role } = options
  const chain = options.chain.map(der => new X509Certificate(der))
  let results: CertificateRevocation[]
  try {
    results = await options.checker.check({
      chain,
      ...(options.signingTime && { signingTime: options.signingTime })
    })
  } catch (error) {
    const what =
      role === 'signing' ? 'revocation status' : 'timestamping certificate chain revocation'
    return `unable to check ${what}, err: ${error instanceof Error ? error.message : String(error)}`
  }
  const subjectAt = (index: number): string => {
    const der = options.chain[index]
    return der ? goSubject(der) : (results[index]?.subject ?? '')
  }
  const revoked = results.findIndex(result => result.status === 'revoked')
  if (revoked >= 0) return `${role} certificate with subject "${subjectAt(revoked)}" is revoked`
  const unknown = results.findIndex(
    result => result.status !== 'good' && result.status !== 'nonRevokable'
  )
  if (unknown >= 0) {
    return `${role} certificate with subject "${subjectAt(unknown)}" revocation status is unknown`
  }
  return undefined
}
