import { quote } from '@sign/safe-text'
import { OciError, type OciErrorCode } from '../errors.ts'
import { MAX_ERROR_BODY_BYTES } from '../http/body-limits.ts'
import { readBodyUpTo } from '../http/read-body.ts'
import { describeRepository, type Repository } from './repository.ts'

/**
 * The `{errors:[{code, message}]}` body of a distribution error, when there is one. At most
 * 64 KiB of it is read; the registry's words are quoted.
 */
async function errorDetail(response: Response): Promise<{ text: string; code?: string }> {
  const text = await readBodyUpTo({ response, limit: MAX_ERROR_BODY_BYTES }).then(
    read => read.bytes.toString(),
    () => ''
  )
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] }
    const first = body.errors?.[0]
    if (typeof first?.code === 'string' && first.code) {
      return {
        text: ` ${quote(first.code)}${first.message ? `: ${quote(String(first.message))}` : ''}`,
        code: first.code
      }
    }
  } catch {
    // not JSON (a router 404 is text/plain)
  }
  return { text: text && text.length < 200 ? ` ${quote(text.trim())}` : '' }
}

/** An error naming the registry, repository, operation and status, with the registry's reason. */
export async function registryError(options: {
  response: Response
  repo: Repository
  operation: string
}): Promise<OciError> {
  const { response, repo, operation } = options
  const status = response.status
  const code: OciErrorCode =
    status === 404
      ? 'NOT_FOUND'
      : status === 401 || status === 403
        ? 'AUTH_FAILED'
        : 'REGISTRY_ERROR'
  const detail = await errorDetail(response)
  return new OciError({
    code,
    status,
    ...(detail.code ? { registryCode: detail.code } : {}),
    message: `${operation} on ${describeRepository(repo)} failed: HTTP ${status}${detail.text}`
  })
}

/**
 * Checks a response's status: on one of `ok` it discards the body and returns the status; on any
 * other it throws the registry's error, body included.
 */
export async function expectStatus(options: {
  response: Response
  ok: number[]
  repo: Repository
  operation: string
}): Promise<number> {
  const { response } = options
  if (!options.ok.includes(response.status)) throw await registryError(options)
  await response.body?.cancel()
  return response.status
}
