import { decodeJwt, verifyJwt } from '../../oidc/jwt.ts'
import { KEY_VAULT_RESOURCE, type AccessTokenIssuer } from '../entra/access-token.ts'
import { VaultError } from './errors.ts'

/**
 * The WWW-Authenticate header of every 401, as Key Vault sends it (the SDK parses it): the
 * authority is always `https://login.windows.net/<tenant GUID in lower case>`, whatever cloud or
 * Entra ID host the caller signs in with, and whatever case or domain name it knows its tenant by.
 */
export function challengeHeader(issuer: Pick<AccessTokenIssuer, 'tenantId'>): string {
  const authority = `https://login.windows.net/${issuer.tenantId.toLowerCase()}`
  return `Bearer authorization="${authority}", resource="${KEY_VAULT_RESOURCE}"`
}

export interface AuthenticateOptions {
  /** The request's Authorization header. */
  authorization: string | undefined
  issuer: AccessTokenIssuer
}

const unauthorized = (message: string) =>
  new VaultError({ status: 401, code: 'Unauthorized', message })

/**
 * Checks a request's bearer token as Key Vault does: present, issued by the vault's tenant
 * (`iss`), for Key Vault (`aud`), not expired, signed by a key of the tenant. Returns the claims;
 * throws a 401 VaultError (sent with the challenge header) otherwise.
 */
export function authenticate(options: AuthenticateOptions): Record<string, unknown> {
  const { authorization, issuer } = options
  const match = /^Bearer (\S+)$/i.exec(authorization ?? '')
  if (!match?.[1]) throw unauthorized('AKV10000: Request is missing a Bearer or PoP token.')
  const token = match[1]
  let claims: Record<string, unknown>
  try {
    claims = decodeJwt(token).payload
  } catch {
    throw unauthorized('Error validating token: the token is not a JWT.')
  }
  if (claims['iss'] !== issuer.issuer) {
    throw unauthorized(
      `AKV10032: Invalid issuer. Expected one of ${issuer.issuer}, found ${String(claims['iss'])}.`
    )
  }
  if (claims['aud'] !== KEY_VAULT_RESOURCE) {
    throw unauthorized(
      `AKV10022: Invalid audience. Expected ${KEY_VAULT_RESOURCE}, found: ${String(claims['aud'])}.`
    )
  }
  const exp = claims['exp']
  if (typeof exp !== 'number' || exp < Math.floor(Date.now() / 1000)) {
    throw unauthorized("[TokenExpired] Error validating token: 'S2S12086'.")
  }
  try {
    return verifyJwt({
      token,
      jwks: issuer.jwks,
      issuer: issuer.issuer,
      audience: KEY_VAULT_RESOURCE
    })
  } catch (cause) {
    throw unauthorized(`Error validating token: ${(cause as Error).message}.`)
  }
}
