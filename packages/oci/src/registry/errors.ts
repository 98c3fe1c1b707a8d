import { OciError, type OciErrorCode } from '../errors.ts'
import { describeRepository, type Repository } from './repository.ts'

/** The `{errors:[{code, message}]}` body of a distribution error, when there is one. */
async function errorDetail(response: Response): Promise<{ text: string; code?: string }> {
  const text = await response.text().catch(() => '')
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] }
    const first = body.errors?.[0]
    if (first?.code) {
      return {
        text: ` ${first.code}${first.message ? `: ${first.message}` : ''}`,
        code: first.code
      }
    }
  } catch {
    // not JSON (a router 404 is text/plain)
  }
  return { text: text && text.length < 200 ? ` ${text.trim()}` : '' }
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
