import type { FailureKind as ErrorKind } from '@sign/failure'
/**
 * Which of the four failure kinds an error is (runAction and the CLI read it structurally):
 * configuration (a mistake in the workflow or command), verification (what was checked did not
 * pass), remote (a service refused or failed), internal (a bug).
 */

/** Why a Notary Project operation failed, for callers that branch on it. */
export type NotationErrorCode =
  | 'INVALID_CERTIFICATE_CHAIN'
  | 'UNSUPPORTED_KEY'
  | 'INVALID_INPUT'
  | 'KEY_VAULT_FAILED'
  | 'SIGNING_FAILED'
  | 'INVALID_ENVELOPE'
  | 'STORAGE_FAILED'
  | 'WRITE_FAILED'
  | 'INVALID_TRUST_POLICY'
  | 'TRUST_STORE'
  | 'NO_APPLICABLE_TRUST_POLICY'
  | 'VERIFICATION_FAILED'

/**
 * The kind of each code: Key Vault and registry failures are remote (SIGNING_FAILED is Key Vault's
 * sign call failing); a certificate chain, key, input, trust policy or trust store that breaks a
 * rule, and a signature file that cannot be written where the step was told to write it, are
 * configuration; an envelope that does not verify is a verification failure.
 */
const KINDS: Record<NotationErrorCode, ErrorKind> = {
  INVALID_CERTIFICATE_CHAIN: 'configuration',
  UNSUPPORTED_KEY: 'configuration',
  INVALID_INPUT: 'configuration',
  KEY_VAULT_FAILED: 'remote',
  SIGNING_FAILED: 'remote',
  INVALID_ENVELOPE: 'verification',
  STORAGE_FAILED: 'remote',
  WRITE_FAILED: 'configuration',
  INVALID_TRUST_POLICY: 'configuration',
  TRUST_STORE: 'configuration',
  NO_APPLICABLE_TRUST_POLICY: 'configuration',
  VERIFICATION_FAILED: 'verification'
}

const HINTS: Partial<Record<NotationErrorCode, string>> = {
  KEY_VAULT_FAILED:
    "the key's vault URL, and that the signing identity has the Key Vault permission named above (keys/sign, certificates/get or secrets/get)",
  SIGNING_FAILED:
    'that the signing identity may use the key (keys/sign) and that the key is enabled; re-run the job if Key Vault failed on its side',
  STORAGE_FAILED:
    'the registry credentials given to the step and that they may write to this repository'
}

/**
 * The Notary Project certificate rule an INVALID_CERTIFICATE_CHAIN (or UNSUPPORTED_KEY) broke,
 * for callers that say how to fix it in their own terms (which input, which signer):
 * - leaf-*: the signing certificate's own profile; ca-*: a CA certificate's profile;
 * - key-usage-*: the key usage extension of either (the message names the certificate);
 * - issuer-missing: a certificate's issuer (an intermediate or the root) is not in the chain;
 * - order: the chain is not leaf first, each certificate issued by the next;
 * - bundle: the certificates do not form one chain (duplicates, several leaves, loops, extras);
 * - validity: a certificate is expired or not yet valid; key-size: an unsupported key.
 */
export type CertificateRule =
  | 'empty'
  | 'leaf-ca'
  | 'leaf-digital-signature'
  | 'leaf-key-usage-only'
  | 'leaf-eku'
  | 'key-usage-missing'
  | 'key-usage-critical'
  | 'ca-flag'
  | 'ca-path-length'
  | 'ca-cert-sign'
  | 'issuer-missing'
  | 'order'
  | 'bundle'
  | 'validity'
  | 'key-size'

/** The one error type of this package: a `code` to branch on and the `cause` behind it. */
export class NotationError extends Error {
  readonly code: NotationErrorCode
  /** The failure kind this code means (see KINDS). */
  readonly kind: ErrorKind
  /** What to check, for a service's refusal or failure. */
  readonly hint: string | undefined
  /** The certificate rule broken, for INVALID_CERTIFICATE_CHAIN and UNSUPPORTED_KEY. */
  readonly rule: CertificateRule | undefined

  constructor(options: {
    code: NotationErrorCode
    message: string
    rule?: CertificateRule
    cause?: unknown
  }) {
    super(options.message, { cause: options.cause })
    this.name = 'NotationError'
    this.code = options.code
    this.kind = KINDS[options.code]
    this.hint = HINTS[options.code]
    this.rule = options.rule
  }
}
