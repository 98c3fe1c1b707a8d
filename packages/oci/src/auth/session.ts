import { OciError } from '../errors.ts'
import type { Transport } from '../http/transport.ts'
import { parseChallenge } from './challenge.ts'
import type { CredentialProvider, Credentials } from './credentials.ts'
import { mergeScopes } from './scope.ts'
import { createTokenCache } from './token-cache.ts'

/** How one registry host wants to be authenticated, learned from its first challenge. */
type HostScheme =
  | { kind: 'unknown' }
  | { kind: 'basic' }
  | { kind: 'bearer'; realm: string; service: string | undefined }

/**
 * Authorization for one registry host: challenge handling and a token cache per realm, service
 * and scope. A token is only ever offered under the realm and service that issued it.
 */
export interface AuthSession {
  /** The header for a request needing `scopes`, once the host's scheme is known. */
  authorize(scopes: string[]): Promise<string | undefined>
  /**
   * After a 401: learns the challenge, drops a stale token, and returns the header to retry with.
   * Throws AUTH_FAILED when there is nothing better to send.
   */
  retryAfterUnauthorized(
    response: Response,
    scopes: string[],
    sent: string | undefined
  ): Promise<string>
}

/** Options of {@link createAuthSession}. */
export interface AuthSessionOptions {
  registry: string
  transport: Transport
  credentials: CredentialProvider
}

export function createAuthSession(options: AuthSessionOptions): AuthSession {
  const { registry } = options
  let scheme: HostScheme = { kind: 'unknown' }
  let credentials: Promise<Credentials | undefined> | undefined
  const tokens = createTokenCache({ transport: options.transport, registry })
  const loadCredentials = (): Promise<Credentials | undefined> =>
    (credentials ??= options.credentials.credentialsFor(registry))

  const basicHeader = async (): Promise<string | undefined> => {
    const found = await loadCredentials()
    if (found?.kind !== 'basic') return undefined
    return `Basic ${Buffer.from(`${found.username}:${found.password}`).toString('base64')}`
  }

  const bearerHeader = async (
    scopes: string[],
    realm: string,
    service?: string
  ): Promise<string> => {
    const found = await loadCredentials()
    if (found?.kind === 'registry-token') return `Bearer ${found.token}`
    return tokens.header({ scopes, realm, service, credentials: found })
  }

  return {
    async authorize(scopes) {
      if (scheme.kind === 'basic') return basicHeader()
      if (scheme.kind === 'bearer') return bearerHeader(scopes, scheme.realm, scheme.service)
      return undefined
    },

    async retryAfterUnauthorized(response, scopes, sent) {
      const challenge = parseChallenge(response.headers.get('www-authenticate'))
      await response.body?.cancel()
      const refused = refusal({ registry, scopes })
      if (!challenge) throw refused('answered 401 without a usable WWW-Authenticate challenge')
      if (challenge.error === 'insufficient_scope' && sent?.startsWith('Bearer ')) {
        throw refused(
          `refused access: the token lacks ${challenge.scope ?? scopes.join(' ')} (insufficient_scope)`
        )
      }
      if (challenge.scheme === 'basic') {
        scheme = { kind: 'basic' }
        const header = await basicHeader()
        if (!header)
          throw refused('requires a username and password (Basic auth) and none was given')
        if (header === sent) throw refused('refused the username and password')
        return header
      }
      if (!challenge.realm) throw refused('sent a Bearer challenge without a realm')
      scheme = { kind: 'bearer', realm: challenge.realm, service: challenge.service }
      if (sent?.startsWith('Bearer ') && !tokens.forget(sent)) {
        throw refused('refused the bearer token')
      }
      const wanted = challenge.scope ? mergeScopes([...scopes, challenge.scope]) : scopes
      return bearerHeader(wanted, challenge.realm, challenge.service)
    }
  }
}

/** AUTH_FAILED errors for a refused request: what the registry did, and how to give access. */
function refusal(options: { registry: string; scopes: string[] }): (why: string) => OciError {
  const { registry, scopes } = options
  const fix = `Give credentials for ${registry} with access to ${scopes.join(' ')} (docker login ${registry}, or the registry credentials passed to the step).`
  return why =>
    new OciError({ code: 'AUTH_FAILED', status: 401, message: `${registry} ${why}. ${fix}` })
}
