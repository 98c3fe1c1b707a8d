import { X509Certificate } from 'node:crypto'
import { certificateSubjectAttributes } from '../trust-policy/certificate-subject.ts'
import { identityMatches } from '../trust-policy/distinguished-name.ts'
import type { TrustPolicyStatement } from '../trust-policy/types.ts'

/** Options of {@link checkTrustedIdentity}. */
export interface CheckTrustedIdentityOptions {
  statement: TrustPolicyStatement
  /** The signing (leaf) certificate, DER. */
  leaf: Buffer
}

/**
 * Step 4 of notary.md §3.3 (notation-go verifyX509TrustedIdentities): `*` accepts any signer;
 * otherwise the leaf subject is read as notation reads it (certificateSubjectAttributes: Go's
 * `Subject.String()` parsed with notation's DN rules) and some identity's attributes must all be
 * in it with exactly equal values (identityMatches). Returns the failure message, or undefined
 * when it matches.
 */
export function checkTrustedIdentity(options: CheckTrustedIdentityOptions): string | undefined {
  const { statement } = options
  const identities = statement.trustedIdentities
  if (identities === '*') return undefined
  if (identities.length === 0) {
    return `no x509 trusted identities are configured in the trust policy "${statement.name}"`
  }
  const subject = certificateSubjectAttributes({ certificate: new X509Certificate(options.leaf) })
  if (subject.unsupported) {
    return `error while parsing the certificate subject from the digital signature. error : "${subject.unsupported}"`
  }
  const { attributes } = subject
  if (identities.some(identity => identityMatches({ identity, attributes }))) return undefined
  return `signing certificate from the digital signature does not match the X.509 trusted identities ${JSON.stringify(identities.map(identity => identity.text))} defined in the trust policy "${statement.name}"`
}
