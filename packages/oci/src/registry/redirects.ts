import { OciError } from '../errors.ts'

const MAX_REDIRECTS = 5

/** Options of {@link followRedirects}. */
export interface FollowRedirectsOptions {
  /** The first answer; returned as it is when it is no redirect. */
  response: Response
  /** The URL that answered it; a relative Location is taken from here. */
  target: URL
  /** Sends the request again, to another URL. */
  send: (url: URL) => Promise<Response>
  /** Named in errors. */
  operation: string
  registry: string
}

/** Follows up to five redirects; an empty Location, or a sixth redirect, is REGISTRY_ERROR. */
export async function followRedirects(options: FollowRedirectsOptions): Promise<Response> {
  let { response, target } = options
  for (let hops = 0; isRedirect(response.status); hops++) {
    const location = response.headers.get('location')
    await response.body?.cancel()
    if (!location || hops === MAX_REDIRECTS) {
      throw new OciError({
        code: 'REGISTRY_ERROR',
        status: response.status,
        message: `${options.operation}: too many or empty redirects from ${options.registry}`
      })
    }
    target = new URL(location, target)
    response = await options.send(target)
  }
  return response
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308
}
