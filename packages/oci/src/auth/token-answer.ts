import { OciError } from '../errors.ts'
import { MAX_TOKEN_RESPONSE_BYTES } from '../http/body-limits.ts'
import { readBodyCapped } from '../http/read-body.ts'

/** A bearer token from a registry's token service, and when to stop using it. */
export interface BearerToken {
  token: string
  expiresAt: number
}

/** Spec default when the service does not say: 60 s. Tokens are dropped 10 s early. */
const DEFAULT_LIFETIME_S = 60
const MARGIN_MS = 10_000

/** Options of {@link readTokenAnswer}. */
export interface ReadTokenAnswerOptions {
  /** A successful answer of the token service. */
  response: Response
  /** Named in errors. */
  registry: string
  /** The token service's host, named in errors. */
  host: string
}

/**
 * The token in a token service's answer (`token` or `access_token`), read up to 1 MiB, and when
 * it expires (`expires_in`, 60 s when absent). AUTH_FAILED when it is not JSON or holds no token.
 */
export async function readTokenAnswer(options: ReadTokenAnswerOptions): Promise<BearerToken> {
  const { response, registry, host } = options
  const bytes = await readBodyCapped({
    response,
    limit: MAX_TOKEN_RESPONSE_BYTES,
    operation: 'auth.token',
    source: `the token service of ${registry} (${host})`
  })
  let body: { token?: unknown; access_token?: unknown; expires_in?: unknown } | null
  try {
    body = JSON.parse(bytes.toString()) as typeof body
  } catch (cause) {
    throw new OciError({
      code: 'AUTH_FAILED',
      message: `the token service of ${registry} (${host}) answered with something other than JSON`,
      cause
    })
  }
  const token = [body?.token, body?.access_token].find(
    (value): value is string => typeof value === 'string' && value !== ''
  )
  if (!token) {
    throw new OciError({
      code: 'AUTH_FAILED',
      message: `the token service of ${registry} answered without a token`
    })
  }
  const expiresIn =
    typeof body?.expires_in === 'number' && body.expires_in > 0
      ? body.expires_in
      : DEFAULT_LIFETIME_S
  const lifetime = expiresIn * 1000
  return { token, expiresAt: Date.now() + Math.max(lifetime - MARGIN_MS, lifetime / 2) }
}
