import type { RegistryClient } from './client.ts'
import { expectStatus, registryError } from './errors.ts'
import type { Repository } from './repository.ts'

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
    tags.push(...(((await response.json()) as { tags?: string[] | null }).tags ?? []))
    if (!link) break
    path = new URL(link, await client.url(repo, '')).href
  }
  return tags.sort()
}
