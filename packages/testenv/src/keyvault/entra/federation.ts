import type { JsonWebKey } from 'node:crypto'
import { decodeJwt, verifyJwt } from '../../oidc/jwt.ts'
import { AadstsError } from './errors.ts'

/** The audience Entra ID expects in federated assertions unless configured otherwise. */
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange'

/** A federated identity credential of an application (workload identity federation). */
export interface FederatedCredential {
  clientId: string
  /** The external issuer, e.g. https://token.actions.githubusercontent.com. */
  issuer: string
  /** The exact `sub` to accept, e.g. repo:octo-org/octo-repo:ref:refs/tags/v1.2.3. */
  subject: string
  /** Default api://AzureADTokenExchange. */
  audience?: string
  /** Where the issuer's discovery document is served (real Entra ID derives it from `issuer`). */
  discoveryUrl: string
}

export interface VerifyClientAssertionOptions {
  assertion: string
  clientId: string
  credentials: FederatedCredential[]
}

const refuse = (code: number, message: string, error: 'invalid_client' | 'invalid_request') =>
  new AadstsError({ status: error === 'invalid_client' ? 401 : 400, error, code, message })

const CHECK_HINT =
  'Check your federated identity credential Subject, Audience and Issuer against the presented assertion.'

async function fetchJwks(discoveryUrl: string): Promise<{ keys: JsonWebKey[] }> {
  try {
    const discovery = (await (await fetch(discoveryUrl)).json()) as { jwks_uri?: string }
    if (!discovery.jwks_uri) throw new Error('no jwks_uri')
    return (await (await fetch(discovery.jwks_uri)).json()) as { keys: JsonWebKey[] }
  } catch (cause) {
    throw refuse(
      50166,
      `Request to External OIDC endpoint failed: ${String(cause)}.`,
      'invalid_request'
    )
  }
}

function decodeAssertion(assertion: string): ReturnType<typeof decodeJwt> {
  try {
    return decodeJwt(assertion)
  } catch {
    throw refuse(50027, 'JWT token is invalid or malformed.', 'invalid_request')
  }
}

/**
 * Checks a client assertion the way Entra ID does for workload identity federation: a federated
 * credential of the application must match the assertion's issuer, subject and audience
 * (AADSTS700211/700213/700212), its signing key must be in the issuer's JWKS fetched through the
 * issuer's discovery document (AADSTS7000272), the signature must verify (AADSTS700027) and the
 * assertion must be within its validity window (AADSTS700024). Throws an AadstsError.
 */
export async function verifyClientAssertion(options: VerifyClientAssertionOptions): Promise<void> {
  const { header, payload: claims } = decodeAssertion(options.assertion)
  const { iss, sub, aud } = claims
  const audiences = Array.isArray(aud) ? aud : [aud]
  const byIssuer = options.credentials.filter(
    c => c.clientId === options.clientId && c.issuer === iss
  )
  if (byIssuer.length === 0) {
    throw refuse(
      700211,
      `No matching federated identity record found for presented assertion issuer '${String(iss)}'. ${CHECK_HINT}`,
      'invalid_client'
    )
  }
  const bySubject = byIssuer.filter(c => c.subject === sub)
  if (bySubject.length === 0) {
    throw refuse(
      700213,
      `No matching federated identity record found for presented assertion subject '${String(sub)}'. ${CHECK_HINT}`,
      'invalid_client'
    )
  }
  const credential = bySubject.find(c => audiences.includes(c.audience ?? TOKEN_EXCHANGE_AUDIENCE))
  if (!credential) {
    throw refuse(
      700212,
      `No matching federated identity record found for presented assertion audience '${String(aud)}'. ${CHECK_HINT}`,
      'invalid_client'
    )
  }
  const jwks = await fetchJwks(credential.discoveryUrl)
  if (!jwks.keys.some(key => (key as { kid?: string }).kid === header.kid)) {
    throw refuse(
      7000272,
      `The certificate with identifier ${String(header.kid)} used to sign the federated credential could not be found in the metadata of identity provider ${credential.issuer}. Please validate that your Identity Provider's metadata exposes the key used to sign the incoming token.`,
      'invalid_client'
    )
  }
  const now = Math.floor(Date.now() / 1000)
  const { exp, nbf } = claims
  if (typeof exp !== 'number' || exp < now || (typeof nbf === 'number' && nbf > now + 60)) {
    const at = (seconds: unknown) =>
      typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : 'unknown'
    throw refuse(
      700024,
      `Client assertion is not within its valid time range. Current time: ${at(now)}, assertion valid from ${at(nbf)}, expiry time of assertion ${at(exp)}.`,
      'invalid_client'
    )
  }
  try {
    verifyJwt({
      token: options.assertion,
      jwks,
      issuer: credential.issuer,
      audience: credential.audience ?? TOKEN_EXCHANGE_AUDIENCE,
      now
    })
  } catch (cause) {
    throw refuse(
      700027,
      `Client assertion contains an invalid signature. [Reason - ${(cause as Error).message}.]`,
      'invalid_client'
    )
  }
}
