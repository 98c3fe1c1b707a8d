import { AadstsError } from './errors.ts'
import { verifyClientAssertion, type FederatedCredential } from './federation.ts'

/** The assertion type of a JWT client assertion (RFC 7523), federated or certificate. */
export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/** A client secret of an application. */
export interface ClientSecret {
  clientId: string
  secret: string
}

export interface TokenRequestOptions {
  form: URLSearchParams
  tenantId: string
  federatedCredentials: FederatedCredential[]
  clientSecrets: ClientSecret[]
}

/** What an accepted client-credentials request asks for. */
export interface AcceptedTokenRequest {
  clientId: string
  /** The scope's resource: `https://vault.azure.net/.default` → `https://vault.azure.net`. */
  resource: string
  credential: 'assertion' | 'secret'
}

const invalidRequest = (code: number, message: string) =>
  new AadstsError({ status: 400, error: 'invalid_request', code, message })

/**
 * Checks a POST /<tenant>/oauth2/v2.0/token form for the client-credentials grant the way Entra ID
 * does: grant type, client id, a `/.default` scope, a known application, then its credential
 * (a federated client assertion or a client secret). Throws an AadstsError.
 */
export async function acceptTokenRequest(
  options: TokenRequestOptions
): Promise<AcceptedTokenRequest> {
  const { form, tenantId } = options
  const grantType = form.get('grant_type')
  if (grantType !== 'client_credentials') {
    throw new AadstsError({
      status: 400,
      error: 'unsupported_grant_type',
      code: 70003,
      message: `The app requested an unsupported grant type '${String(grantType)}'.`
    })
  }
  const clientId = form.get('client_id')
  if (!clientId) {
    throw invalidRequest(
      900144,
      "The request body must contain the following parameter: 'client_id'."
    )
  }
  const scope = (form.get('scope') ?? '').split(' ').find(s => s.endsWith('/.default'))
  if (!scope) {
    throw new AadstsError({
      status: 400,
      error: 'invalid_scope',
      code: 1002012,
      message: `The provided value for scope ${String(form.get('scope'))} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`
    })
  }
  const resource = scope.slice(0, -'/.default'.length)
  const known = [...options.federatedCredentials, ...options.clientSecrets]
  if (!known.some(app => app.clientId === clientId)) {
    throw new AadstsError({
      status: 400,
      error: 'unauthorized_client',
      code: 700016,
      message: `Application with identifier '${clientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`
    })
  }
  const assertion = form.get('client_assertion')
  if (assertion !== null) {
    if (form.get('client_assertion_type') !== JWT_BEARER_ASSERTION) {
      throw invalidRequest(7000219, `'client_assertion_type' must be '${JWT_BEARER_ASSERTION}'.`)
    }
    await verifyClientAssertion({ assertion, clientId, credentials: options.federatedCredentials })
    return { clientId, resource, credential: 'assertion' }
  }
  const secret = form.get('client_secret')
  if (secret === null) {
    throw new AadstsError({
      status: 401,
      error: 'invalid_client',
      code: 7000218,
      message:
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."
    })
  }
  if (!options.clientSecrets.some(s => s.clientId === clientId && s.secret === secret)) {
    throw new AadstsError({
      status: 401,
      error: 'invalid_client',
      code: 7000215,
      message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`
    })
  }
  return { clientId, resource, credential: 'secret' }
}
