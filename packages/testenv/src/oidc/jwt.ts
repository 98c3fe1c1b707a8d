import { createPublicKey, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto'

/** Minimal RS256 JWT encoding and checking with node:crypto (the algorithm GitHub uses). */
function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

export function signJwt(options: {
  payload: object
  privateKey: KeyObject
  keyId: string
}): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: options.keyId }))
  const body = base64url(JSON.stringify(options.payload))
  const signature = sign('sha256', Buffer.from(`${header}.${body}`), options.privateKey)
  return `${header}.${body}.${base64url(signature)}`
}

export interface DecodedJwt {
  header: { alg?: string; kid?: string; typ?: string }
  payload: Record<string, unknown>
}

export function decodeJwt(token: string): DecodedJwt {
  const [header, payload] = token.split('.')
  if (header === undefined || payload === undefined) throw new Error('not a JWT')
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString()) as DecodedJwt['header'],
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>
  }
}

/**
 * Checks an RS256 JWT against a JWKS document, the way a relying party (Fulcio, Entra ID) does:
 * key by `kid`, signature, `iss`, `aud` and the time window. Throws with the reason.
 */
export function verifyJwt(options: {
  token: string
  jwks: { keys: JsonWebKey[] }
  issuer: string
  audience: string
  now?: number
}): Record<string, unknown> {
  const { header, payload } = decodeJwt(options.token)
  if (header.alg !== 'RS256') throw new Error(`unsupported JWT alg ${String(header.alg)}`)
  const jwk = options.jwks.keys.find(key => (key as { kid?: string }).kid === header.kid)
  if (!jwk) throw new Error(`no key ${String(header.kid)} in the issuer's JWKS`)
  const [head, body, signature] = options.token.split('.') as [string, string, string]
  const valid = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signature, 'base64url')
  )
  if (!valid) throw new Error('JWT signature does not verify')
  if (payload['iss'] !== options.issuer)
    throw new Error(`unexpected issuer ${String(payload['iss'])}`)
  const aud = payload['aud']
  const audiences = Array.isArray(aud) ? aud : [aud]
  if (!audiences.includes(options.audience)) throw new Error(`unexpected audience ${String(aud)}`)
  const now = options.now ?? Math.floor(Date.now() / 1000)
  if (typeof payload['exp'] !== 'number' || payload['exp'] < now) throw new Error('JWT expired')
  if (typeof payload['nbf'] === 'number' && payload['nbf'] > now + 60) {
    throw new Error('JWT not yet valid')
  }
  return payload
}
