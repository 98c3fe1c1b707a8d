import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import { closeServer, listenOnLoopback } from '../net/loopback.ts'
import { issueTlsServerCertificate } from '../pki/test-ca.ts'
import type { RegistryAccount } from './credentials.ts'
import { readTokenRequest, TokenRequestError, type TokenProof } from './token-request.ts'
import { grantAccess, type Grantee } from './token-scope.ts'
import { createTokenSigner } from './token-signer.ts'

/** Options of startTokenService: its accounts and what its tokens say. */
export interface TokenServiceOptions {
  /** Who may get tokens (Basic credentials on GET, `grant_type=password` on POST). */
  accounts: RegistryAccount[]
  /** The `service` clients name and tokens carry as `aud` (default `sign-testenv-registry`). */
  service?: string
  /** The tokens' `iss` (default `sign-testenv-token-service`). */
  issuer?: string
  /** Hand pull-only tokens to callers without credentials, as Docker Hub does (default false). */
  allowAnonymousPull?: boolean
  /** Token lifetime in seconds (default 300, like Docker Hub). */
  lifetimeSeconds?: number
}

/** A running token service; `realm` is what the registry's challenge points clients to. */
export interface TokenService {
  /** https://127.0.0.1:<port> */
  url: string
  /** `${url}/token` */
  realm: string
  service: string
  issuer: string
  /** PEM of the certificate whose key signs the tokens: the registry's `rootcertbundle`. */
  certificatePem: string
  /** How many requests reached /token so far, successful or not (for benchmarks). */
  requestCount(): number
  stop(): Promise<void>
}

const unauthorized = (message: string): TokenRequestError =>
  new TokenRequestError({ status: 401, code: 'UNAUTHORIZED', message })

/**
 * The Docker distribution token protocol on loopback HTTPS: `GET /token?service=…&scope=…` with
 * Basic credentials, and the OAuth2 `POST /token` form (`grant_type=password` or
 * `refresh_token`; `access_type=offline` adds a `refresh_token`, the identity token docker login
 * stores). Tokens are RS256 JWTs whose `access` holds what the account may do of what it asked.
 */
export async function startTokenService(options: TokenServiceOptions): Promise<TokenService> {
  const service = options.service ?? 'sign-testenv-registry'
  const issuer = options.issuer ?? 'sign-testenv-token-service'
  const signer = await createTokenSigner({
    issuer,
    service,
    lifetimeSeconds: options.lifetimeSeconds ?? 300
  })
  const refreshTokens = new Map<string, string>()
  let requests = 0

  const authenticate = (proof: TokenProof): { subject: string; grantee: Grantee } => {
    let username: string | undefined
    if (proof.kind === 'none') {
      if (options.allowAnonymousPull) return { subject: '', grantee: 'anonymous' }
      throw unauthorized('credentials are required')
    }
    if (proof.kind === 'password') {
      const { username: name, password } = proof.credentials
      const known = options.accounts.some(a => a.username === name && a.password === password)
      if (!known) throw unauthorized('incorrect username or password')
      username = name
    } else {
      username = refreshTokens.get(proof.refreshToken)
      if (username === undefined) throw unauthorized('unknown refresh token')
    }
    const account = options.accounts.find(a => a.username === username)
    if (!account) throw unauthorized('the account no longer exists')
    return { subject: account.username, grantee: account.pullOnly ? 'pull-only' : 'full' }
  }

  const respond = async (req: IncomingMessage, url: URL): Promise<object> => {
    const request = await readTokenRequest({ req, url })
    if (request.service !== undefined && request.service !== service) {
      throw new TokenRequestError({
        status: 400,
        code: 'invalid_request',
        message: `unknown service ${JSON.stringify(request.service)}; this one is ${service}`
      })
    }
    const { subject, grantee } = authenticate(request.proof)
    const access = grantAccess({ scopes: request.scopes, grantee })
    const { token, expiresIn, issuedAt } = signer.mint({ subject, access })
    const times = { expires_in: expiresIn, issued_at: issuedAt }
    let refresh: { refresh_token?: string } = {}
    if (request.offline && subject !== '') {
      const refreshToken = randomBytes(24).toString('base64url')
      refreshTokens.set(refreshToken, subject)
      refresh = { refresh_token: refreshToken }
    }
    return request.flavor === 'get'
      ? { token, access_token: token, ...times, ...refresh }
      : { access_token: token, scope: request.scopes.join(' '), ...times, ...refresh }
  }

  let realm = ''
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', realm)
    const reply = (status: number, body: object, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(body))
    }
    if (url.pathname !== '/token') return reply(404, { message: `no route ${url.pathname}` })
    requests += 1
    try {
      reply(200, await respond(req, url))
    } catch (error) {
      if (!(error instanceof TokenRequestError)) throw error
      const { status, code, message } = error
      const challenge: Record<string, string> =
        status === 401 ? { 'www-authenticate': `Basic realm="${realm}"` } : {}
      if (req.method === 'GET') return reply(status, { errors: [{ code, message }] }, challenge)
      // OAuth2 (RFC 6749 §5.2) names a refused password or refresh token `invalid_grant`.
      const oauthCode = code === 'UNAUTHORIZED' ? 'invalid_grant' : code
      reply(status, { error: oauthCode, error_description: message }, challenge)
    }
  }

  const { certPem, keyPem } = await issueTlsServerCertificate()
  const server = createServer({ cert: certPem, key: keyPem }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    })
  })
  const { port } = await listenOnLoopback(server)
  const url = `https://127.0.0.1:${port}`
  realm = `${url}/token`
  return {
    url,
    realm,
    service,
    issuer,
    certificatePem: signer.certificatePem,
    requestCount: () => requests,
    stop: () => closeServer(server)
  }
}
