import type { TrustedIdentity, TrustPolicyStatement } from '../trust-policy/types.ts'
import { subjectAttributes } from './go-format.ts'

const MANDATORY = ['C', 'ST', 'O']

/** Options of {@link checkTrustedIdentity}. */
export interface CheckTrustedIdentityOptions {
  statement: TrustPolicyStatement
  /** The signing (leaf) certificate, DER. */
  leaf: Buffer
  /** The leaf's Go-style subject, for messages. */
  leafSubject: string
}

/**
 * Step 4 of notary.md §3.3 (notation-go verifyX509TrustedIdentities): `*` accepts any signer;
 * otherwise the leaf subject is read as notation reads it (single-valued RDNs, no duplicate
 * types, C/ST/O present, only types Go names) and some identity's attributes must all be in it
 * with exactly equal values. Returns the failure message, or undefined when it matches.
 */
export function checkTrustedIdentity(options: CheckTrustedIdentityOptions): string | undefined {
  const { statement, leafSubject } = options
  if (statement.trustedIdentities === '*') return undefined
  const identities: TrustedIdentity[] = statement.trustedIdentities
  if (identities.length === 0) {
    return `no x509 trusted identities are configured in the trust policy "${statement.name}"`
  }
  const subject = leafSubjectAttributes(options.leaf, leafSubject)
  if (typeof subject === 'string') {
    return `error while parsing the certificate subject from the digital signature. error : "${subject}"`
  }
  const matches = identities.some(identity =>
    Object.entries(identity.attributes).every(
      ([type, value]) => subject[type === 'S' ? 'ST' : type.toUpperCase()] === value
    )
  )
  if (matches) return undefined
  return `signing certificate from the digital signature does not match the X.509 trusted identities ${JSON.stringify(identities.map(identity => identity.text))} defined in the trust policy "${statement.name}"`
}

/** The leaf subject as attribute → value, or why notation could not parse it. */
function leafSubjectAttributes(der: Buffer, text: string): Record<string, string> | string {
  const attributes = subjectAttributes(der)
  const result: Record<string, string> = {}
  const rdns = new Set<number>()
  for (const attribute of attributes) {
    if (rdns.has(attribute.rdn)) {
      return `distinguished name (DN) "${text}" has multi-valued RDN attributes, remove multi-valued RDN attributes as they are not supported`
    }
    rdns.add(attribute.rdn)
    if (!attribute.known) {
      return `distinguished name (DN) "${text}" has attribute ${attribute.type}, which notation writes hex-encoded and cannot match`
    }
    if (result[attribute.type] !== undefined) {
      return `distinguished name (DN) "${text}" has duplicate RDN attribute for "${attribute.type}", DN can only have unique RDN attributes`
    }
    result[attribute.type] = attribute.value
  }
  const missing = MANDATORY.find(type => !result[type])
  if (missing) {
    return `distinguished name (DN) "${text}" has no mandatory RDN attribute for "${missing}", it must contain 'C', 'ST', and 'O' RDN attributes at a minimum`
  }
  return result
}
