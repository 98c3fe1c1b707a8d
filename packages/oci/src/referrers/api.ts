import type { Descriptor } from '../descriptor.ts'
import { checkDescriptors } from '../descriptor-check.ts'
import { OciError } from '../errors.ts'
import { MAX_MANIFEST_BYTES } from '../http/body-limits.ts'
import { readBodyCapped } from '../http/read-body.ts'
import { OCI_INDEX } from '../media-types.ts'
import type { RegistryClient } from '../registry/client.ts'
import { registryError } from '../registry/errors.ts'
import { describeRepository, type Repository } from '../registry/repository.ts'
import { MAX_REFERRERS, MAX_REFERRER_PAGES } from './limits.ts'

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
 * distribution spec says to detect it). Bounded: each page is read up to 4 MiB and must be an
 * index of valid descriptors (INVALID_CONTENT); more than 10 000 referrers or 100 pages for one
 * subject is TOO_LARGE.
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
  const source = describeRepository(repo)
  let listed = 0
  for (let page = 0; ; page++) {
    if (page === MAX_REFERRER_PAGES) {
      throw new OciError({
        code: 'TOO_LARGE',
        message: `referrers.list on ${source}: the referrers of ${options.subjectDigest} run past ${MAX_REFERRER_PAGES} pages; refusing to read more (the limit is ${MAX_REFERRERS} referrers in ${MAX_REFERRER_PAGES} pages)`
      })
    }
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
    const where = `the referrers of ${options.subjectDigest} on ${source} (page ${page + 1})`
    const bytes = await readBodyCapped({
      response,
      limit: MAX_MANIFEST_BYTES,
      operation: 'referrers.list',
      source
    })
    let index: { manifests?: unknown } | null
    try {
      index = JSON.parse(bytes.toString()) as typeof index
    } catch (cause) {
      throw new OciError({ code: 'INVALID_CONTENT', message: `${where} is not JSON`, cause })
    }
    const manifests = checkDescriptors({ entries: index?.manifests ?? [], index: where })
    listed += manifests.length
    if (listed > MAX_REFERRERS) {
      throw new OciError({
        code: 'TOO_LARGE',
        message: `referrers.list on ${source}: ${options.subjectDigest} has more than ${MAX_REFERRERS} referrers; refusing to read more`
      })
    }
    const filtered = response.headers
      .get('oci-filters-applied')
      ?.split(',')
      .map(s => s.trim())
      .includes('artifactType')
    found.push(
      ...manifests.filter(d => !artifactType || filtered || d.artifactType === artifactType)
    )
    const next = nextLink(response.headers.get('link'))
    if (!next) return found
    path = new URL(next, await client.url(repo, '')).href
  }
}
