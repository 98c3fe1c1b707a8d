/**
 * The Key Vault data-plane api-versions the signer sends, pinned rather than left to each SDK's
 * newest (which moves with an SDK update, and which a sovereign cloud or Azure Stack Hub may not
 * serve yet). 7.5 is generally available in every Azure cloud; the operations the signer uses —
 * get a certificate, a secret or a key, sign a digest — answer the same in every version since 7.0.
 * The tests run against a vault that serves nothing newer.
 */
export const KEY_VAULT_API_VERSIONS = {
  keys: '7.5',
  certificates: '7.5',
  secrets: '7.5'
} as const
