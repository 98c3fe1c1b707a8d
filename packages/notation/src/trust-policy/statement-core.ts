// The rules every statement follows, OCI or blob (notation-go validatePolicyCore): name,
// signatureVerification, trust stores and trusted identities.
import { isSubsetDn, parseDistinguishedName } from './distinguished-name.ts'
import { verificationActions } from './levels.ts'
import type {
  TrustedIdentity,
  TrustPolicyStatement,
  TrustStoreRef,
  TrustStoreType
} from './types.ts'

/** A statement's core fields as decoded from JSON (Go zero values for absent fields). */
export interface RawStatementCore {
  name: string
  level: string
  override: [string, string][]
  verifyTimestamp: string
  trustStores: string[]
  trustedIdentities: string[]
}

/** The validated core of a statement. */
export type StatementCore = Pick<
  TrustPolicyStatement,
  'name' | 'level' | 'actions' | 'verifyTimestamp' | 'trustStores' | 'trustedIdentities'
>

/** The trust store types, as `type:name` entries and the store layout name them. */
export const STORE_TYPES: readonly TrustStoreType[] = ['ca', 'signingAuthority', 'tsa']
const STORE_NAME = /^[a-zA-Z0-9_.-]+$/
const X509_SUBJECT = 'x509.subject'

const q = (value: string): string => JSON.stringify(value)

/** Whether `name` is a valid named-store name (`[a-zA-Z0-9_.-]+`). */
export const isValidStoreName = (name: string): boolean => STORE_NAME.test(name)

function trustStoreRefs(name: string, values: string[]): TrustStoreRef[] {
  return values.map(value => {
    const colon = value.indexOf(':')
    if (colon < 0) {
      throw new Error(
        `trust policy statement ${q(name)} has malformed trust store value ${q(value)}. The required format is <TrustStoreType>:<TrustStoreName>`
      )
    }
    const type = value.slice(0, colon)
    const store = value.slice(colon + 1)
    const known = STORE_TYPES.find(candidate => candidate === type)
    if (!known) {
      throw new Error(
        `trust policy statement ${q(name)} uses an unsupported trust store type ${q(type)} in trust store value ${q(value)}`
      )
    }
    if (!isValidStoreName(store)) {
      throw new Error(
        `trust policy statement ${q(name)} uses an unsupported trust store name ${q(store)} in trust store value ${q(value)}. Named store name needs to follow [a-zA-Z0-9_.-]+ format`
      )
    }
    return { type: known, name: store }
  })
}

function trustedIdentities(name: string, values: string[]): '*' | TrustedIdentity[] {
  if (values.length > 1 && values.includes('*')) {
    throw new Error(
      `trust policy statement ${q(name)} uses a wildcard trusted identity '*', a wildcard identity cannot be used in conjunction with other values`
    )
  }
  const parsed: { raw: string; identity: TrustedIdentity }[] = []
  for (const value of values) {
    if (value === '')
      throw new Error(`trust policy statement ${q(name)} has an empty trusted identity`)
    if (value === '*') return '*'
    const colon = value.indexOf(':')
    if (colon < 0) {
      throw new Error(
        `trust policy statement ${q(name)} has trusted identity ${q(value)} missing separator`
      )
    }
    // notation natively supports x509.subject identities only; other prefixes are for plugins
    if (value.slice(0, colon) !== X509_SUBJECT) continue
    const dn = value.slice(colon + 1)
    if (dn === '') {
      throw new Error(
        `trust policy statement ${q(name)} has trusted identity ${q(value)} without an identity value`
      )
    }
    try {
      parsed.push({ raw: value, identity: parseDistinguishedName({ text: dn }) })
    } catch (error) {
      throw new Error(
        `trust policy statement ${q(name)} has trusted identity ${q(value)} with invalid identity value: ${(error as Error).message}`,
        { cause: error }
      )
    }
  }
  for (const [i, first] of parsed.entries()) {
    for (const [j, second] of parsed.entries()) {
      if (i !== j && isSubsetDn(first.identity.attributes, second.identity.attributes)) {
        throw new Error(
          `trust policy statement ${q(name)} has overlapping x509 trustedIdentities, ${q(first.raw)} overlaps with ${q(second.raw)}`
        )
      }
    }
  }
  if (parsed.length === 0) {
    throw new Error(
      `no x509 trusted identities are configured in the trust policy ${q(name)}: identities other than "x509.subject:<DN>" need a verification plugin, which this verifier does not run; add an "x509.subject:" identity or "*"`
    )
  }
  return parsed.map(({ identity }) => identity)
}

/** Validates the core of a statement; throws an Error with notation's message (no prefix). */
export function validateStatementCore(raw: RawStatementCore): StatementCore {
  const { name } = raw
  if (name === '') {
    throw new Error('a trust policy statement is missing a name, every statement requires a name')
  }
  let level: StatementCore['level']
  let actions: StatementCore['actions']
  try {
    ;({ level, actions } = verificationActions({ level: raw.level, override: raw.override }))
    if (
      raw.verifyTimestamp !== '' &&
      !['always', 'afterCertExpiry'].includes(raw.verifyTimestamp)
    ) {
      throw new Error(
        `verifyTimestamp must be "always" or "afterCertExpiry", but got ${q(raw.verifyTimestamp)}`
      )
    }
  } catch (error) {
    throw new Error(
      `trust policy statement ${q(name)} has invalid signatureVerification: ${(error as Error).message}`,
      { cause: error }
    )
  }
  const verifyTimestamp = raw.verifyTimestamp === 'afterCertExpiry' ? 'afterCertExpiry' : 'always'
  if (level === 'skip') {
    if (raw.trustStores.length > 0 || raw.trustedIdentities.length > 0) {
      throw new Error(
        `trust policy statement ${q(name)} is set to skip signature verification but configured with trust stores and/or trusted identities, remove them if signature verification needs to be skipped`
      )
    }
    return { name, level, actions, verifyTimestamp, trustStores: [], trustedIdentities: [] }
  }
  if (raw.trustStores.length === 0 || raw.trustedIdentities.length === 0) {
    throw new Error(
      `trust policy statement ${q(name)} is either missing trust stores or trusted identities, both must be specified`
    )
  }
  return {
    name,
    level,
    actions,
    verifyTimestamp,
    trustStores: trustStoreRefs(name, raw.trustStores),
    trustedIdentities: trustedIdentities(name, raw.trustedIdentities)
  }
}
