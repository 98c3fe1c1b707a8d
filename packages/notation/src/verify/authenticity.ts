import { SIGNING_SCHEME_SIGNING_AUTHORITY } from '../envelope/attributes.ts'
import type { ParsedEnvelope } from '../envelope/types.ts'
import type { TrustPolicyStatement } from '../trust-policy/types.ts'
import type { TrustStoreSource } from '../trust-store/types.ts'
import { loadStatementStores } from './trust-stores.ts'

/** Options of {@link checkAuthenticity}. */
export interface CheckAuthenticityOptions {
  envelope: ParsedEnvelope
  statement: TrustPolicyStatement
  trustStores: TrustStoreSource
}

/**
 * Step 3 of notary.md §3.3 (notation-core-go VerifyAuthenticity): the `ca` stores for
 * notary.x509, `signingAuthority` stores for notary.x509.signingAuthority; authentic iff some
 * certificate of the envelope chain is byte-equal to a trusted one. Returns the failure message.
 */
export async function checkAuthenticity(
  options: CheckAuthenticityOptions
): Promise<string | undefined> {
  const { envelope, statement } = options
  const type =
    envelope.signedAttributes.signingScheme === SIGNING_SCHEME_SIGNING_AUTHORITY
      ? 'signingAuthority'
      : 'ca'
  let trusted
  try {
    trusted = await loadStatementStores({ statement, trustStores: options.trustStores, type })
  } catch (error) {
    return `error while loading the trust store, ${error instanceof Error ? error.message : String(error)}`
  }
  if (trusted.length === 0) {
    return `no trusted certificates are found to verify authenticity (the trust policy statement "${statement.name}" has no ${type} trust store)`
  }
  const found = envelope.certificateChain.some(der => trusted.some(cert => cert.raw.equals(der)))
  return found
    ? undefined
    : "the signature's certificate chain does not contain any trusted certificate"
}
