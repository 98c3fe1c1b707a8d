/** A parsed `WWW-Authenticate` challenge. */
export interface Challenge {
  scheme: 'basic' | 'bearer'
  realm?: string
  service?: string
  scope?: string
  /** `insufficient_scope`, `invalid_token`… when the registry says why. */
  error?: string
}

/** Parses `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`; other schemes → undefined. */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header)
  const scheme = match?.[1]?.toLowerCase()
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined
  const params: Record<string, string> = {}
  const pattern = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g
  for (const [, key, quoted, bare] of (match?.[2] ?? '').matchAll(pattern)) {
    if (key) params[key.toLowerCase()] = quoted?.replace(/\\(.)/g, '$1') ?? bare ?? ''
  }
  const challenge: Challenge = { scheme }
  if (params['realm'] !== undefined) challenge.realm = params['realm']
  if (params['service'] !== undefined) challenge.service = params['service']
  if (params['scope'] !== undefined) challenge.scope = params['scope']
  if (params['error'] !== undefined) challenge.error = params['error']
  return challenge
}
