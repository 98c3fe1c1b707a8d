import {
  createHash,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  type JsonWebKey
} from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { closeServer, listenOnLoopback } from '../net/loopback.ts'
import { issueTlsServerCertificate } from '../pki/test-ca.ts'
import {
  DEFAULT_WORKFLOW,
  githubActionsClaims,
  type GitHubActionsClaims,
  type WorkflowIdentity
} from './claims.ts'
import { signJwt } from './jwt.ts'

/** What GitHub's issuer is called; tokens carry it in `iss` unless told otherwise. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'

export interface OidcIssuerOptions {
  /** The `iss` of the tokens (default: GitHub's issuer URL; discovery is served locally). */
  issuer?: string
  /** The workflow run the tokens describe. */
  workflow?: Partial<WorkflowIdentity>
  /** Token lifetime (default 300 s, like GitHub's). */
  lifetimeSeconds?: number
}

export interface MintOptions {
  audience: string
  /** Claims to change or add after the GitHub-shaped defaults. */
  claims?: Partial<GitHubActionsClaims>
}

export interface OidcIssuer {
  /** The `iss` value of the tokens it mints. */
  issuer: string
  /** Where it listens (https://127.0.0.1:<port>). */
  url: string
  /** `${url}/.well-known/openid-configuration` — what a relying party fetches for `issuer`. */
  discoveryUrl: string
  jwksUrl: string
  /** The JWKS document, for relying parties configured with keys directly. */
  jwks: { keys: JsonWebKey[] }
  workflow: WorkflowIdentity
  /** A signed RS256 ID token with GitHub Actions claims. */
  mint(options: MintOptions): string
  /**
   * The Actions runtime's ID-token endpoint, as a job sees it: set these two variables and
   * `core.getIDToken(audience)` fetches a token minted here.
   */
  actionsEnv(): { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string }
  /** How many tokens the ID-token endpoint has handed out, by audience. */
  requests: Map<string, number>
  stop(): Promise<void>
}

/**
 * An OIDC issuer on loopback HTTPS that mints GitHub-Actions-shaped ID tokens, serves discovery
 * and JWKS, and plays the Actions runtime's ID-token endpoint (`?api-version=2.0&audience=…`,
 * bearer request token, `{"value": token}` reply).
 */
export async function startOidcIssuer(options: OidcIssuerOptions = {}): Promise<OidcIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const publicJwk = publicKey.export({ format: 'jwk' })
  const keyId = createHash('sha256').update(JSON.stringify(publicJwk)).digest('base64url')
  const jwks = { keys: [{ ...publicJwk, kid: keyId, use: 'sig', alg: 'RS256' } as JsonWebKey] }
  const issuer = options.issuer ?? GITHUB_ACTIONS_ISSUER
  const workflow = { ...DEFAULT_WORKFLOW, ...options.workflow }
  const requestToken = randomBytes(24).toString('hex')
  const requests = new Map<string, number>()
  const lifetimeSeconds = options.lifetimeSeconds ?? 300

  const mint = ({ audience, claims }: MintOptions): string => {
    const base = githubActionsClaims({
      issuer,
      audience,
      workflow,
      now: Math.floor(Date.now() / 1000),
      lifetimeSeconds,
      jti: randomUUID()
    })
    return signJwt({ payload: { ...base, ...claims }, privateKey, keyId })
  }

  const { certPem, keyPem } = await issueTlsServerCertificate()
  let url = ''
  const server: Server = createServer({ cert: certPem, key: keyPem }, (req, res) =>
    handle(req, res)
  )
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', url)
    const reply = (status: number, body: object): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    }
    if (req.method !== 'GET') return reply(405, { message: 'method not allowed' })
    switch (path.pathname) {
      case '/.well-known/openid-configuration':
        return reply(200, {
          issuer,
          jwks_uri: `${url}/.well-known/jwks`,
          subject_types_supported: ['public', 'pairwise'],
          response_types_supported: ['id_token'],
          claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository'],
          id_token_signing_alg_values_supported: ['RS256'],
          scopes_supported: ['openid']
        })
      case '/.well-known/jwks':
        return reply(200, jwks)
      case '/_apis/distributedtask/id-token': {
        if (req.headers.authorization !== `Bearer ${requestToken}`) {
          return reply(401, { message: 'the ID-token request token is missing or wrong' })
        }
        const audience = path.searchParams.get('audience') ?? issuer
        requests.set(audience, (requests.get(audience) ?? 0) + 1)
        return reply(200, { count: 1, value: mint({ audience }) })
      }
      default:
        return reply(404, { message: `no route ${path.pathname}` })
    }
  }
  const { port } = await listenOnLoopback(server)
  url = `https://127.0.0.1:${port}`

  return {
    issuer,
    url,
    discoveryUrl: `${url}/.well-known/openid-configuration`,
    jwksUrl: `${url}/.well-known/jwks`,
    jwks,
    workflow,
    mint,
    actionsEnv: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/_apis/distributedtask/id-token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken
    }),
    requests,
    stop: () => closeServer(server)
  }
}
