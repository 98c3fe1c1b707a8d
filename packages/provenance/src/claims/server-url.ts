import { quote } from '@sign/safe-text'
import { ProvenanceError } from '../errors.ts'

/** Options of {@link serverOrigin}. */
export interface ServerOriginOptions {
  /** `GITHUB_SERVER_URL`: `https://github.com`, `https://<tenant>.ghe.com` or a GHES host. */
  serverUrl: string
}

/**
 * The server URL as the provenance writes it: scheme and host (and port) only, without a
 * trailing slash. A URL with a path, query, fragment or credentials is refused: GitHub's
 * server URL is never one, and each would end up inside every URI of the statement.
 */
export function serverOrigin(options: ServerOriginOptions): string {
  const { serverUrl } = options
  let url: URL
  try {
    url = new URL(serverUrl)
  } catch {
    throw invalid(serverUrl, 'is not a URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(serverUrl, 'is not an https URL')
  }
  if (url.username !== '' || url.password !== '') throw invalid(serverUrl, 'carries credentials')
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw invalid(serverUrl, 'has a path, query or fragment; give the scheme and host only')
  }
  return url.origin
}

function invalid(serverUrl: string, reason: string): ProvenanceError {
  return new ProvenanceError({
    code: 'INVALID_SERVER_URL',
    message: `The GitHub server URL ${quote(serverUrl)} ${reason} (GITHUB_SERVER_URL is https://github.com, https://<tenant>.ghe.com or a GitHub Enterprise Server host)`
  })
}
