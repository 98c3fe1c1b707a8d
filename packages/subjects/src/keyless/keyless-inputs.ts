import { optionalInput, secretInput } from '@sign/action-kit'

/** The inputs every keyless step shares: who signs, and the Sigstore services it signs with. */
export interface KeylessInputs {
  /** An OIDC token given by the workflow (other CI); masked. */
  identityToken: string | undefined
  fulcioUrl: string | undefined
  rekorUrl: string | undefined
  tsaUrl: string | undefined
  /** Path of a signing_config.v0.2.json. */
  signingConfig: string | undefined
}

/**
 * Reads identity-token (masked first), fulcio-url, rekor-url, tsa-url and signing-config, as
 * every keyless action declares them.
 */
export function readKeylessInputs(): KeylessInputs {
  const identityToken = secretInput('identity-token')
  return {
    identityToken,
    fulcioUrl: optionalInput('fulcio-url'),
    rekorUrl: optionalInput('rekor-url'),
    tsaUrl: optionalInput('tsa-url'),
    signingConfig: optionalInput('signing-config')
  }
}
