import { createServer } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { closeServer, listenOnLoopback } from '../../net/loopback.ts'
import type { TestKeyPair } from '../../pki/keys.ts'
import { issueTlsServerCertificate } from '../../pki/test-ca.ts'
import type { AccessTokenIssuer } from '../entra/access-token.ts'
import { readBody, sendJson } from '../http.ts'
import { KEY_VAULT_API_VERSIONS, checkApiVersion } from './api-version.ts'
import { authenticate, challengeHeader } from './bearer.ts'
import { identifiers } from './bundles.ts'
import { VaultError } from './errors.ts'
import { executeOperation, parseJsonBody } from './operations.ts'
import { routeRequest, type VaultOperation } from './routes.ts'
import { createVaultStore, type AddKeyOptions } from './store.ts'

export interface KeyVaultOptions {
  /** Whose access tokens the vault accepts, and whom its 401 challenge names (an Entra ID emulator). */
  entraId: AccessTokenIssuer
  /**
   * The api-versions the vault serves, oldest first (default every one Key Vault recognises,
   * KEY_VAULT_API_VERSIONS); a shorter list is a sovereign cloud that has not caught up. Any other
   * version gets Key Vault's 400 BadParameter.
   */
  apiVersions?: readonly string[]
  /** The vault's name in its 403 messages (default `emulator`). */
  name?: string
}

/** A key added to the vault, with the identifiers clients use. */
export interface VaultKey {
  name: string
  version: string
  /** `https://127.0.0.1:<port>/keys/<name>/<version>`. */
  keyId: string
  /** Set when the key was added with a certificate chain. */
  certificateId?: string
  secretId?: string
  key: TestKeyPair
}

/** One request the vault answered. */
export interface VaultRequest {
  operation: VaultOperation
  method: string
  path: string
  status: number
  /** The request's api-version (`''` when absent). */
  apiVersion: string
}

export interface KeyVault {
  /** https://127.0.0.1:<port>, the vault URL for CertificateClient and SecretClient. */
  url: string
  /** Spread into every Key Vault client's options: the challenge names vault.azure.net, not 127.0.0.1. */
  clientOptions: { disableChallengeResourceVerification: true }
  addKey(options: AddKeyOptions): Promise<VaultKey>
  /** Requests per operation (401 challenges and refusals included), for benchmarks. */
  requests: Map<VaultOperation, number>
  /** Every request in order, with the status it got. */
  history: VaultRequest[]
  stop(): Promise<void>
}

/**
 * An HTTPS emulator of the Azure Key Vault REST API on 127.0.0.1, for the real Azure SDK clients:
 * bearer challenge authentication against an Entra ID emulator's tokens (the challenge naming
 * login.windows.net and the tenant GUID in lower case), keys (get, sign with PS256/384/512 and
 * ES256/384/512 over a digest), certificates (get, policy) and secrets (the certificate chain as
 * PEM or PKCS#12 in Key Vault's encoding), with Key Vault's error shapes: 400 for an api-version
 * it does not serve, 403 in the access-policy, RBAC and compound-identity wordings, 404.
 */
export async function startKeyVault(options: KeyVaultOptions): Promise<KeyVault> {
  const store = createVaultStore()
  const requests = new Map<VaultOperation, number>()
  const history: VaultRequest[] = []
  const served = options.apiVersions ?? KEY_VAULT_API_VERSIONS
  const vaultName = options.name ?? 'emulator'
  const { certPem, keyPem } = await issueTlsServerCertificate()
  const server = createServer({ cert: certPem, key: keyPem }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      const body = { error: { code: 'InternalServerError', message: String(error) } }
      sendJson(response, { status: 500, body })
    })
  })
  const { port } = await listenOnLoopback(server)
  const url = `https://127.0.0.1:${port}`

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requestUrl = new URL(request.url ?? '/', url)
    const method = request.method ?? 'GET'
    const route = routeRequest({ method, pathname: requestUrl.pathname })
    requests.set(route.operation, (requests.get(route.operation) ?? 0) + 1)
    const apiVersion = requestUrl.searchParams.get('api-version')
    let status = 200
    try {
      const claims = authenticate({
        authorization: request.headers.authorization,
        issuer: options.entraId
      })
      checkApiVersion({ version: apiVersion, served })
      const readJson = async () => parseJsonBody(await readBody(request))
      const body = await executeOperation({ route, store, url, vaultName, claims, readJson })
      sendJson(response, { status, body })
    } catch (error) {
      if (!(error instanceof VaultError)) throw error
      status = error.status
      const headers =
        status === 401 ? { 'www-authenticate': challengeHeader(options.entraId) } : undefined
      sendJson(response, { status, body: error.toBody(), headers })
    } finally {
      history.push({
        operation: route.operation,
        method,
        path: requestUrl.pathname,
        status,
        apiVersion: apiVersion ?? ''
      })
    }
  }

  return {
    url,
    clientOptions: { disableChallengeResourceVerification: true },
    async addKey(addOptions) {
      const entry = await store.add(addOptions)
      const ids = identifiers({ url, entry })
      const { name, version, key } = entry
      return entry.certificate
        ? { name, version, key, ...ids }
        : { name, version, key, keyId: ids.keyId }
    },
    requests,
    history,
    stop: () => closeServer(server)
  }
}
