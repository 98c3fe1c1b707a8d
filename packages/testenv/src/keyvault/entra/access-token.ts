import { createHash, generateKeyPairSync, randomUUID, type JsonWebKey } from 'node:crypto'
import { signJwt } from '../../oidc/jwt.ts'

/** The resource (token audience) of Azure Key Vault in the public cloud. */
export const KEY_VAULT_RESOURCE = 'https://vault.azure.net'

/** What a resource server (the Key Vault emulator) needs to accept an emulator's tokens. */
export interface AccessTokenIssuer {
  tenantId: string
  /** `<url>/<tenantId>`: the authority a Key Vault challenge names. */
  authority: string
  /** The `iss` of access tokens: `https://sts.windows.net/<tenantId>/`. */
  issuer: string
  /** The signing keys, as Entra ID publishes them at `<authority>/discovery/v2.0/keys`. */
  jwks: { keys: JsonWebKey[] }
}

export interface MintAccessTokenOptions {
  /** The application the token is for (`appid`). */
  clientId: string
  /** The audience (default Key Vault's resource). */
  resource?: string
  /** Lifetime; negative for a token that has already expired (default 3599 s). */
  lifetimeSeconds?: number
  /** How the client authenticated: `appidacr` 2 (assertion) or 1 (secret). */
  credential?: 'assertion' | 'secret'
}

export interface AccessTokenMinter {
  issuer: string
  jwks: { keys: JsonWebKey[] }
  mint: (options: MintAccessTokenOptions) => string
}

/** A stable object id for an application, so `oid`/`sub` stay the same across tokens. */
const objectIdFor = (clientId: string): string => {
  const hex = createHash('sha256').update(`oid:${clientId}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/**
 * The signing key of one tenant and the v1.0 access tokens it issues (what Entra ID hands out for
 * `https://vault.azure.net/.default`): RS256, `iss` https://sts.windows.net/<tenant>/, `aud` the
 * resource, `appid`, `appidacr`, `tid`, `oid`, `ver` 1.0.
 */
export function createAccessTokenMinter(options: { tenantId: string }): AccessTokenMinter {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const publicJwk = publicKey.export({ format: 'jwk' })
  const keyId = createHash('sha1').update(JSON.stringify(publicJwk)).digest('base64url')
  const jwks = { keys: [{ ...publicJwk, kid: keyId, use: 'sig' } as JsonWebKey] }
  const issuer = `https://sts.windows.net/${options.tenantId}/`

  const mint = (mintOptions: MintAccessTokenOptions): string => {
    const now = Math.floor(Date.now() / 1000)
    const lifetime = mintOptions.lifetimeSeconds ?? 3599
    const oid = objectIdFor(mintOptions.clientId)
    const payload = {
      aud: mintOptions.resource ?? KEY_VAULT_RESOURCE,
      iss: issuer,
      iat: now - 5,
      nbf: Math.min(now - 5, now + lifetime - 1),
      exp: now + lifetime,
      appid: mintOptions.clientId,
      appidacr: mintOptions.credential === 'secret' ? '1' : '2',
      idp: issuer,
      oid,
      sub: oid,
      tid: options.tenantId,
      uti: randomUUID().replaceAll('-', ''),
      ver: '1.0'
    }
    return signJwt({ payload, privateKey, keyId })
  }
  return { issuer, jwks, mint }
}
