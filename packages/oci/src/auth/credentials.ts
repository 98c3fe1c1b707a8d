/** What a registry can be given to prove who we are. */
export type Credentials =
  | { kind: 'basic'; username: string; password: string }
  /** An OAuth2 refresh token (docker's `identitytoken`, ACR), exchanged at the token realm. */
  | { kind: 'identity-token'; token: string }
  /** A bearer token sent as it is (docker's `registrytoken`). */
  | { kind: 'registry-token'; token: string }

/** Finds credentials for a registry host (`ghcr.io`, `docker.io`, `127.0.0.1:5000`). */
export interface CredentialProvider {
  credentialsFor(registry: string): Promise<Credentials | undefined>
}

/** Fixed credentials per registry host (the actions' `registry-username`/`-password`). */
export function staticCredentials(byRegistry: Record<string, Credentials>): CredentialProvider {
  return { credentialsFor: registry => Promise.resolve(byRegistry[normalizeRegistryKey(registry)]) }
}

/** The first provider that has credentials for a host wins. */
export function chainCredentials(providers: CredentialProvider[]): CredentialProvider {
  return {
    async credentialsFor(registry) {
      for (const provider of providers) {
        const found = await provider.credentialsFor(registry)
        if (found) return found
      }
      return undefined
    }
  }
}

/** No credentials anywhere: anonymous access only. */
export const anonymous: CredentialProvider = { credentialsFor: () => Promise.resolve(undefined) }

/**
 * The host a credentials entry is for, the way docker matches them: scheme and path dropped,
 * Docker Hub's aliases (`https://index.docker.io/v1/`, `registry-1.docker.io`) folded to docker.io.
 */
export function normalizeRegistryKey(key: string): string {
  const host =
    key
      .replace(/^[a-z]+:\/\//i, '')
      .split('/')[0]
      ?.toLowerCase() ?? ''
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host
}
