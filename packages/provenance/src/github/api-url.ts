import { plainOrQuoted } from '@sign/safe-text'
import { GitHubApiError } from './errors.ts'

/** GitHub.com's REST API. */
export const GITHUB_COM_API_URL = 'https://api.github.com'

/** Options of {@link apiUrlFor}. */
export interface ApiUrlForOptions {
  /** The server the workflow runs on (`GITHUB_SERVER_URL`); github.com when absent. */
  serverUrl?: string | undefined
}

/**
 * The REST API's base URL for a GitHub server, as GitHub documents each: github.com →
 * `https://api.github.com`; GitHub Enterprise Cloud with data residency (`https://TENANT.ghe.com`)
 * → `https://api.TENANT.ghe.com`; GitHub Enterprise Server (`https://HOST`) →
 * `https://HOST/api/v3`.
 */
export function apiUrlFor(options: ApiUrlForOptions = {}): string {
  const serverUrl = options.serverUrl?.trim()
  if (serverUrl === undefined || serverUrl === '') return GITHUB_COM_API_URL
  let url: URL
  try {
    url = new URL(serverUrl)
  } catch {
    throw invalidServerUrl(serverUrl)
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw invalidServerUrl(serverUrl)
  }
  const host = url.host.toLowerCase()
  if (host === 'github.com' || host === 'www.github.com') return GITHUB_COM_API_URL
  if (host.endsWith('.ghe.com')) {
    return host.startsWith('api.') ? `https://${host}` : `https://api.${host}`
  }
  const path = url.pathname.replace(/\/+$/, '')
  return path.endsWith('/api/v3') ? `${url.origin}${path}` : `${url.origin}${path}/api/v3`
}

function invalidServerUrl(serverUrl: string): GitHubApiError {
  return new GitHubApiError({
    kind: 'configuration',
    message: `The GitHub server URL ${plainOrQuoted(serverUrl)} is not an http(s) URL without credentials`,
    fix: 'Give the server as https://github.com, https://TENANT.ghe.com or https://HOST for GitHub Enterprise Server (in a workflow: ${{ github.server_url }}).'
  })
}
