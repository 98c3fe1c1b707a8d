import { SigstoreError } from '../errors.ts'

/**
 * Where the signer gets an OIDC identity token (audience `sigstore`) when it needs a certificate:
 * sigstore-js's `IdentityProvider` shape, so either side's providers fit the other.
 */
export interface IdentityProvider {
  getToken(): Promise<string>
}

/** A token given up front (the action's `identity-token` input), for CI systems other than Actions. */
export function staticIdentityProvider(token: string): IdentityProvider {
  if (token.trim() === '') {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message:
        'The identity token is empty: pass an OIDC ID token with audience "sigstore", or leave ' +
        'identity-token unset to use the job’s own token.'
    })
  }
  return { getToken: () => Promise.resolve(token) }
}

/**
 * A token fetched on demand by `fetchToken` (the action passes one calling the Actions ID-token
 * endpoint), each time a certificate is requested: at most once per certificate, never cached.
 */
export function functionIdentityProvider(fetchToken: () => Promise<string>): IdentityProvider {
  return { getToken: () => fetchToken() }
}
