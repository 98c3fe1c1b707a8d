import { randomUUID } from 'node:crypto'
import { createServer } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { closeServer, listenOnLoopback } from '../../net/loopback.ts'
import { issueTlsServerCertificate } from '../../pki/test-ca.ts'
import { readBody, sendJson } from '../http.ts'
import {
  createAccessTokenMinter,
  type AccessTokenIssuer,
  type MintAccessTokenOptions
} from './access-token.ts'
import { openIdConfiguration } from './discovery.ts'
import { AadstsError } from './errors.ts'
import type { FederatedCredential } from './federation.ts'
import { namesTenant } from './tenant-names.ts'
import { acceptTokenRequest, type ClientSecret } from './token-request.ts'

export interface EntraIdOptions {
  /** The directory (tenant) id (default: a random UUID). */
  tenantId?: string
  /**
   * The tenant's verified domains (default `emulator.onmicrosoft.com`): each names the tenant in a
   * request path as its GUID does, and its OpenID configuration names the GUID.
   */
  domains?: string[]
  /** Workload identity federation: which external tokens each application accepts. */
  federatedCredentials?: FederatedCredential[]
  clientSecrets?: ClientSecret[]
  /** Lifetime of issued access tokens (default 3599 s, like Entra ID). */
  tokenLifetimeSeconds?: number
}

/** The routes the emulator serves, as counted in `requests`. */
export type EntraIdOperation = 'openid-configuration' | 'keys' | 'token' | 'unknown'

export interface EntraId extends AccessTokenIssuer {
  /** https://127.0.0.1:<port>: pass it as `authorityHost` with `disableInstanceDiscovery: true`. */
  url: string
  /** The tenant's verified domains. */
  domains: readonly string[]
  /** Signs an access token directly, e.g. an expired one (`lifetimeSeconds: -60`). */
  mintAccessToken(options: MintAccessTokenOptions): string
  /** Requests by route; `tokensIssued` counts the successful token responses. */
  requests: Map<EntraIdOperation, number>
  tokensIssued: number
  stop(): Promise<void>
}

const ROUTES: Record<string, EntraIdOperation> = {
  'GET /v2.0/.well-known/openid-configuration': 'openid-configuration',
  'GET /discovery/v2.0/keys': 'keys',
  'POST /oauth2/v2.0/token': 'token'
}

/**
 * An HTTPS emulator of the Entra ID (Azure AD) v2.0 endpoints @azure/identity's MSAL uses for
 * confidential clients on 127.0.0.1: the tenant's OpenID configuration, its signing keys, and the
 * token endpoint for the client-credentials grant with a federated client assertion or a secret.
 */
export async function startEntraId(options: EntraIdOptions = {}): Promise<EntraId> {
  const tenantId = options.tenantId ?? randomUUID()
  const domains = options.domains ?? ['emulator.onmicrosoft.com']
  const minter = createAccessTokenMinter({ tenantId })
  const requests = new Map<EntraIdOperation, number>()
  const { certPem, keyPem } = await issueTlsServerCertificate()
  const server = createServer({ cert: certPem, key: keyPem }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      sendJson(response, {
        status: 500,
        body: { error: 'server_error', error_description: String(error) }
      })
    })
  })
  const { port } = await listenOnLoopback(server)
  const url = `https://127.0.0.1:${port}`
  const authority = `${url}/${tenantId}`
  const entra: EntraId = {
    url,
    domains,
    tenantId,
    authority,
    issuer: minter.issuer,
    jwks: minter.jwks,
    mintAccessToken: minter.mint,
    requests,
    tokensIssued: 0,
    stop: () => closeServer(server)
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { pathname } = new URL(request.url ?? '/', url)
    const [, tenant, ...rest] = pathname.split('/')
    const route = `${request.method} /${rest.join('/')}`
    const operation = ROUTES[route] ?? 'unknown'
    requests.set(operation, (requests.get(operation) ?? 0) + 1)
    try {
      if (!namesTenant({ name: tenant ?? '', tenantId, domains })) {
        throw new AadstsError({
          status: 400,
          error: 'invalid_request',
          code: 90002,
          message: `Tenant '${String(tenant)}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`
        })
      }
      if (operation === 'openid-configuration') {
        return sendJson(response, { status: 200, body: openIdConfiguration({ authority }) })
      }
      if (operation === 'keys') return sendJson(response, { status: 200, body: entra.jwks })
      if (operation === 'unknown') {
        return sendJson(response, {
          status: 404,
          body: { error: 'not_found', error_description: `The emulator has no route ${route}.` }
        })
      }
      const accepted = await acceptTokenRequest({
        form: new URLSearchParams((await readBody(request)).toString()),
        tenantId,
        federatedCredentials: options.federatedCredentials ?? [],
        clientSecrets: options.clientSecrets ?? []
      })
      const lifetimeSeconds = options.tokenLifetimeSeconds ?? 3599
      const accessToken = minter.mint({ ...accepted, lifetimeSeconds })
      entra.tokensIssued++
      sendJson(response, {
        status: 200,
        body: {
          token_type: 'Bearer',
          expires_in: lifetimeSeconds,
          ext_expires_in: lifetimeSeconds,
          access_token: accessToken
        }
      })
    } catch (error) {
      if (!(error instanceof AadstsError)) throw error
      sendJson(response, { status: error.status, body: error.toBody() })
    }
  }
  return entra
}
