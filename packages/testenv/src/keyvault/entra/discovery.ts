/**
 * A tenant's OpenID configuration as Entra ID serves it at
 * `<authority>/v2.0/.well-known/openid-configuration`; MSAL reads `token_endpoint` from it and
 * checks that authorization_endpoint, token_endpoint, issuer and jwks_uri are present.
 */
export function openIdConfiguration(options: { authority: string }): object {
  const { authority } = options
  return {
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic'
    ],
    jwks_uri: `${authority}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${authority}/v2.0`,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    tenant_region_scope: 'WW',
    cloud_instance_name: 'microsoftonline.com'
  }
}
