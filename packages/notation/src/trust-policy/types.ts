// The Notary Project trust policy as a verifier uses it: documents validated and normalised once
// (see load-document.ts), then one statement chosen per artifact.

/** `strict`, `permissive`, `audit` or `skip` (notary.md §3.1). */
export type VerificationLevelName = 'strict' | 'permissive' | 'audit' | 'skip'

/** The checks of notary.md §3.3, in order. */
export type ValidationType =
  'integrity' | 'authenticity' | 'authenticTimestamp' | 'expiry' | 'revocation'

/** What a failed check does: fail the signature, warn and go on, or not run at all. */
export type ValidationAction = 'enforce' | 'log' | 'skip'

/** `ca`, `signingAuthority` or `tsa`. */
export type TrustStoreType = 'ca' | 'signingAuthority' | 'tsa'

/** A `type:name` entry of a statement's trustStores. */
export interface TrustStoreRef {
  type: TrustStoreType
  name: string
}

/** An `x509.subject:` trusted identity: the DN text and its attributes (C, ST, L, O, OU, CN…). */
export interface TrustedIdentity {
  /** The DN as written after `x509.subject:`. */
  text: string
  /** Attribute short name (upper case; `S` normalised to `ST`) → value. */
  attributes: Record<string, string>
}

/** One validated trust policy statement. */
export interface TrustPolicyStatement {
  name: string
  /** OCI documents: `*` or `registry/repository` scopes; empty for blob documents. */
  registryScopes: string[]
  /** Blob documents: the statement used when no policy name is given. */
  globalPolicy: boolean
  level: VerificationLevelName
  /** The action of every check after the level and its overrides. */
  actions: Record<ValidationType, ValidationAction>
  /** When a `tsa` store is configured, whether the timestamp is always checked. */
  verifyTimestamp: 'always' | 'afterCertExpiry'
  trustStores: TrustStoreRef[]
  /** `*` (any identity the trust stores vouch for) or the listed x509 subjects. */
  trustedIdentities: '*' | TrustedIdentity[]
}

/** A validated trust policy document. */
export interface TrustPolicyDocument {
  /** `oci` (trustpolicy.oci.json / trustpolicy.json) or `blob` (trustpolicy.blob.json). */
  kind: 'oci' | 'blob'
  version: '1.0'
  statements: TrustPolicyStatement[]
  /** The file path or label the document was read from, for messages. */
  source?: string
}
