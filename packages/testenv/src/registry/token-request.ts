import type { IncomingMessage } from 'node:http'
import type { RegistryCredentials } from './credentials.ts'

/** How a token request proves who is asking. */
export type TokenProof =
  | { kind: 'password'; credentials: RegistryCredentials }
  | { kind: 'refresh-token'; refreshToken: string }
  | { kind: 'none' }

/** A token request in either flavour of the Docker distribution token protocol. */
export interface TokenRequest {
  /** `get`: GET /token with Basic credentials; `oauth2`: the POST /token form. */
  flavor: 'get' | 'oauth2'
  service: string | undefined
  /** Raw scope strings (GET: one per `scope` parameter; OAuth2: one space-separated value). */
  scopes: string[]
  proof: TokenProof
  /** Whether a refresh token was asked for (GET `offline_token=true`, `access_type=offline`). */
  offline: boolean
}

/** Why a request cannot be served: a status and an OAuth2-style error code. */
export class TokenRequestError extends Error {
  readonly status: number
  readonly code: string
  constructor(options: { status: number; code: string; message: string }) {
    super(options.message)
    this.name = 'TokenRequestError'
    this.status = options.status
    this.code = options.code
  }
}

const MAX_FORM_BYTES = 64 * 1024

function basicCredentials(header: string | undefined): TokenProof {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '')
  if (!match?.[1]) return { kind: 'none' }
  const decoded = Buffer.from(match[1], 'base64').toString()
  const colon = decoded.indexOf(':')
  if (colon < 0) return { kind: 'none' }
  return {
    kind: 'password',
    credentials: { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
  }
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_FORM_BYTES) {
      throw new TokenRequestError({
        status: 413,
        code: 'invalid_request',
        message: 'form too large'
      })
    }
    chunks.push(chunk)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString())
}

function oauth2Proof(form: URLSearchParams): TokenProof {
  const grantType = form.get('grant_type')
  if (grantType === 'password') {
    const username = form.get('username') ?? ''
    return { kind: 'password', credentials: { username, password: form.get('password') ?? '' } }
  }
  if (grantType === 'refresh_token') {
    return { kind: 'refresh-token', refreshToken: form.get('refresh_token') ?? '' }
  }
  throw new TokenRequestError({
    status: 400,
    code: 'unsupported_grant_type',
    message: `grant_type ${JSON.stringify(grantType)} is not password or refresh_token`
  })
}

/** Reads a GET or POST /token request into a TokenRequest; other methods are refused (405). */
export async function readTokenRequest(options: {
  req: IncomingMessage
  url: URL
}): Promise<TokenRequest> {
  const { req, url } = options
  if (req.method === 'GET') {
    return {
      flavor: 'get',
      service: url.searchParams.get('service') ?? undefined,
      scopes: url.searchParams.getAll('scope'),
      proof: basicCredentials(req.headers.authorization),
      offline: url.searchParams.get('offline_token') === 'true'
    }
  }
  if (req.method === 'POST') {
    const form = await readForm(req)
    return {
      flavor: 'oauth2',
      service: form.get('service') ?? undefined,
      scopes: form.getAll('scope'),
      proof: oauth2Proof(form),
      offline: form.get('access_type') === 'offline'
    }
  }
  throw new TokenRequestError({
    status: 405,
    code: 'invalid_request',
    message: `${req.method ?? '?'} is not allowed on /token`
  })
}
