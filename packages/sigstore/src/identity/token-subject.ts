import { SigstoreError } from '../errors.ts'

/**
 * What Fulcio's proof of possession signs for `token`: its `email` (which must be verified) or
 * else its `sub`, as sigstore-js's FulcioSigner picks it. Checked here first because
 * FulcioSigner puts the whole token in its error message when it cannot parse it; these errors
 * never contain token text.
 */
export function tokenSubject(token: string): string {
  const [, payload] = token.split('.')
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'))
  } catch {
    // Not chained as the cause: JSON.parse quotes the text it failed on, part of the token.
    throw unusable('is not a JWT (header.payload.signature with a JSON payload)')
  }
  if (typeof claims !== 'object' || claims === null) {
    throw unusable('has a JWT payload that is not a JSON object')
  }
  const { email, email_verified: emailVerified, sub } = claims as Record<string, unknown>
  if (typeof email === 'string' && email !== '') {
    if (emailVerified !== true) throw unusable('carries an email its issuer has not verified')
    return email
  }
  if (typeof sub === 'string' && sub !== '') return sub
  throw unusable('has no "sub" claim')
}

function unusable(problem: string): SigstoreError {
  return new SigstoreError({
    code: 'IDENTITY_TOKEN_FAILED',
    message:
      `The OIDC identity token ${problem}, so Fulcio cannot certify it. Pass an OIDC ID token ` +
      'with audience "sigstore" (on GitHub Actions, grant permissions: id-token: write).'
  })
}
