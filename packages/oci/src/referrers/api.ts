import type { Descriptor, ImageIndex } from '../descriptor.ts'
import { OCI_INDEX } from '../media-types.ts'
import type { RegistryClient } from '../registry/client.ts'
import { registryError } from '../registry/errors.ts'
import type { Repository } from '../registry/repository.ts'

/** `rel="next"` of a Link header (the referrers API's pagination). */
function nextLink(header: string | null): string | undefined {
  for (const part of header?.split(',') ?? []) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (match?.[1]) return match[1]
  }
  return undefined
}

/**
 * Lists referrers through the OCI 1.1 referrers API, following `Link` pages. With an
 * `artifactType`, filters locally unless the registry says it did (`OCI-Filters-Applied`).
 * Returns undefined when the registry has no such API (404 or 405 on the endpoint, as the
 * distribution spec says to detect it).
 */
export async function listReferrersViaApi(options: {
  client: RegistryClient
  repo: Repository
  subjectDigest: string
  artifactType?: string
}): Promise<Descriptor[] | undefined> {
  const { client, repo, artifactType } = options
  const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''
  let path = `referrers/${options.subjectDigest}${query}`
  const found: Descriptor[] = []
  for (let page = 0; page < 1000; page++) {
    const response = await client.request({
      repo,
      operation: 'referrers.list',
      access: 'pull',
      method: 'GET',
      path,
      headers: { accept: OCI_INDEX }
    })
    if (
      page === 0 &&
      (response.status === 404 || response.status === 405 || response.status === 400)
    ) {
      await response.body?.cancel()
      return undefined
    }
    if (response.status !== 200)
      throw await registryError({ response, repo, operation: 'referrers.list' })
    const index = (await response.json()) as ImageIndex
    const filtered = response.headers
      .get('oci-filters-applied')
      ?.split(',')
      .map(s => s.trim())
      .includes('artifactType')
    found.push(
      ...(index.manifests ?? []).filter(
        d => !artifactType || filtered || d.artifactType === artifactType
      )
    )
    const next = nextLink(response.headers.get('link'))
    if (!next) return found
    path = new URL(next, await client.url(repo, '')).href
  }
  return found
}
