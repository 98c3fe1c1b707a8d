import { ConfigurationError } from '@sign/action-kit'

const FIX =
  'with:\n  identity-token: ${{ steps.oidc.outputs.token }}\n\n' +
  'or, on GitHub Actions, leave identity-token out and grant:\npermissions:\n  id-token: write'

/**
 * Input `identity-token`, when given, must be an OIDC ID token: a JWT (three base64url parts,
 * the header and payload JSON objects) that has not expired. Checked before Fulcio is asked;
 * the token itself is never shown.
 */
export function checkIdentityToken(options: { token: string | undefined; now: Date }): void {
  const { token } = options
  if (token === undefined) return
  const parts = token.split('.')
  const [header, payload] = parts.slice(0, 2).map(decodeJsonPart)
  if (parts.length !== 3 || header === undefined || payload === undefined) {
    throw new ConfigurationError(
      "Input 'identity-token' is not an OIDC ID token: a JWT is three base64url parts " +
        '(header.payload.signature) whose header and payload are JSON objects. Pass the ID ' +
        'token itself (audience sigstore), for example:',
      { fix: FIX }
    )
  }
  const expiry = payload['exp']
  if (typeof expiry === 'number' && expiry * 1000 <= options.now.getTime()) {
    throw new ConfigurationError(
      `Input 'identity-token' expired at ${new Date(expiry * 1000).toISOString()}: Fulcio ` +
        'certifies only a current token. Request it in the same job, right before this step:',
      { fix: FIX }
    )
  }
}

function decodeJsonPart(part: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return undefined
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
