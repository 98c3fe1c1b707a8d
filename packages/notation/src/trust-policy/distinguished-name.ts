// RFC 4514 distinguished names as notation reads `x509.subject:` identities (notation-go
// internal/pkix over go-ldap's ParseDN): single-valued RDNs, unique attribute types, C, ST (or S)
// and O present, no `=#` hex values.
import { NotationError } from '../errors.ts'
import type { TrustedIdentity } from './types.ts'

const MANDATORY = ['C', 'ST', 'O'] as const
const SPECIAL = new Set([' ', '"', '#', '+', ',', ';', '<', '=', '>', '\\'])
const ATTRIBUTE_TYPE = /^(?:[A-Za-z][A-Za-z0-9-]*|[0-9]+(?:\.[0-9]+)*)$/

interface Attribute {
  type: string
  value: string
}

const utf8 = new TextEncoder()
const text = new TextDecoder()

/** Splits an RFC 4514 string into RDNs of (type, value); throws a bare Error with the reason. */
function splitRdns(dn: string): Attribute[][] {
  const rdns: Attribute[][] = []
  let rdn: Attribute[] = []
  let type: string | undefined
  let bytes: number[] = []
  let trailingSpaces = 0
  const take = (): string => {
    const value = text.decode(Uint8Array.from(bytes.slice(0, bytes.length - trailingSpaces)))
    bytes = []
    trailingSpaces = 0
    return value
  }
  const push = (): void => {
    if (type === undefined) throw new Error('incomplete type, value pair')
    rdn.push({ type, value: take() })
    type = undefined
  }
  for (let i = 0; i < dn.length; i++) {
    const char = dn[i] ?? ''
    if (char === '\\') {
      const next = dn[i + 1]
      if (next === undefined) throw new Error('got corrupted escaped character')
      trailingSpaces = 0
      if (SPECIAL.has(next)) {
        bytes.push(next.charCodeAt(0))
        i++
        continue
      }
      const hex = dn.slice(i + 1, i + 3)
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
        throw new Error(`failed to decode escaped character: invalid hex pair "${hex}"`)
      }
      bytes.push(parseInt(hex, 16))
      i += 2
    } else if (char === '=' && type === undefined) {
      type = take()
      if (!ATTRIBUTE_TYPE.test(type))
        throw new Error(`invalid attribute type ${JSON.stringify(type)}`)
    } else if (char === ',' || char === ';' || char === '+') {
      push()
      if (char !== '+') {
        rdns.push(rdn)
        rdn = []
      }
    } else if (char === ' ' && bytes.length === 0) {
      continue
    } else {
      trailingSpaces = char === ' ' ? trailingSpaces + 1 : 0
      bytes.push(...utf8.encode(char))
    }
  }
  if (bytes.length > 0 || type !== undefined) {
    if (type === undefined) throw new Error('DN ended with incomplete type, value pair')
    push()
    rdns.push(rdn)
  } else if (rdn.length > 0) {
    throw new Error('DN ended with incomplete type, value pair')
  }
  return rdns
}

/** Options of {@link parseDistinguishedName}. */
export interface ParseDistinguishedNameOptions {
  /** The DN as written after `x509.subject:` (leading spaces are fine). */
  text: string
}

/**
 * Parses an `x509.subject` DN with notation's rules; attribute types are upper-cased and `S`
 * becomes `ST`. Throws NotationError INVALID_INPUT with notation's message when the DN breaks a
 * rule.
 */
export function parseDistinguishedName(options: ParseDistinguishedNameOptions): TrustedIdentity {
  const name = options.text
  const quoted = JSON.stringify(name)
  const fail = (message: string, cause?: unknown) =>
    new NotationError({ code: 'INVALID_INPUT', message, cause })
  if (name.includes('=#')) {
    throw fail(
      `unsupported distinguished name (DN) ${quoted}: notation does not support x509.subject identities containing "=#"`
    )
  }
  let rdns: Attribute[][]
  try {
    rdns = splitRdns(name)
  } catch (error) {
    throw fail(
      `parsing distinguished name (DN) ${quoted} failed with err: ${(error as Error).message}. A valid DN must contain 'C', 'ST' or 'S', and 'O' RDN attributes at a minimum, and follow RFC 4514 standard`,
      error
    )
  }
  const attributes: Record<string, string> = {}
  for (const rdn of rdns) {
    if (rdn.length > 1) {
      throw fail(
        `distinguished name (DN) ${quoted} has multi-valued RDN attributes, remove multi-valued RDN attributes as they are not supported`
      )
    }
    for (const attribute of rdn) {
      const upper = attribute.type.toUpperCase()
      const type = upper === 'S' ? 'ST' : upper
      if (attributes[type]) {
        throw fail(
          `distinguished name (DN) ${quoted} has duplicate RDN attribute for ${JSON.stringify(type)}, DN can only have unique RDN attributes`
        )
      }
      attributes[type] = attribute.value
    }
  }
  for (const field of MANDATORY) {
    if (!attributes[field]) {
      throw fail(
        `distinguished name (DN) ${quoted} has no mandatory RDN attribute for "${field}", it must contain 'C', 'ST' or 'S', and 'O' RDN attributes at a minimum`
      )
    }
  }
  return { text: name, attributes }
}

/** Whether every attribute of `subset` has the same value in `attributes` (notation's IsSubsetDN). */
export function isSubsetDn(subset: Record<string, string>, attributes: Record<string, string>) {
  return Object.entries(subset).every(([type, value]) => (attributes[type] ?? '') === value)
}

/** Options of {@link identityMatches}. */
export interface IdentityMatchesOptions {
  identity: TrustedIdentity
  /** The signing certificate's subject attributes (see certificateSubjectAttributes). */
  attributes: Record<string, string>
}

/** Whether the certificate subject carries every attribute of the trusted identity, value for value. */
export function identityMatches(options: IdentityMatchesOptions): boolean {
  return isSubsetDn(options.identity.attributes, options.attributes)
}
