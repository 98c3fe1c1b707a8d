import type { RegistryClient } from './client.ts'
import { expectStatus, registryError } from './errors.ts'
import { OciError } from '../errors.ts'
import { MAX_TAGS_PAGE_BYTES } from '../http/body-limits.ts'
import { readBodyCapped } from '../http/read-body.ts'
import { describeRepository, type Repository } from './repository.ts'

/** The tags of a repository (GET tags/list, following `Link` pages), sorted; none for 404. */
export async function listTags(options: {
  client: RegistryClient
  repo: Repository
}): Promise<string[]> {
  const { client, repo } = options
  const tags: string[] = []
  let path = 'tags/list'
  for (let page = 0; page < 1000; page++) {
    const response = await client.request({
      repo,
      operation: 'tags.list',
      access: 'pull',
      method: 'GET',
      path
    })
    if (response.status === 404) {
      await expectStatus({ response, ok: [404], repo, operation: 'tags.list' })
      return tags
    }
    if (response.status !== 200)
      throw await registryError({ response, repo, operation: 'tags.list' })
    const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get('link') ?? '')?.[1]
    const bytes = await readBodyCapped({
      response,
      limit: MAX_TAGS_PAGE_BYTES,
      operation: 'tags.list',
      source: describeRepository(repo)
    })
    tags.push(...tagsOf({ bytes, where: `the tags list of ${describeRepository(repo)}` }))
    if (!link) break
    path = new URL(link, await client.url(repo, '')).href
  }
  return tags.sort()
}

/** The `tags` of one page (each a string), or INVALID_CONTENT. */
function tagsOf(options: { bytes: Buffer; where: string }): string[] {
  let body: { tags?: unknown } | null
  try {
    body = JSON.parse(options.bytes.toString()) as typeof body
  } catch (cause) {
    throw new OciError({ code: 'INVALID_CONTENT', message: `${options.where} is not JSON`, cause })
  }
  const tags = body?.tags ?? []
  if (!Array.isArray(tags) || !tags.every(tag => typeof tag === 'string')) {
    throw new OciError({
      code: 'INVALID_CONTENT',
      message: `${options.where} has a tags field that is not a list of strings`
    })
  }
  return tags
}
