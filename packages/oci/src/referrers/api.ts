import type { Descriptor } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import type { RegistryClient } from '../registry/client.ts'
import { describeRepository, type Repository } from '../registry/repository.ts'
import { readReferrersPage } from './api-page.ts'
import { MAX_REFERRERS, MAX_REFERRER_PAGES } from './limits.ts'

/** Options of {@link listReferrersViaApi}. */
export interface ListReferrersViaApiOptions {
  client: RegistryClient
  repo: Repository
  subjectDigest: string
  artifactType?: string
}

/**
 * Lists referrers through the OCI 1.1 referrers API, following `Link` pages. With an
 * `artifactType`, filters locally unless the registry says it did (`OCI-Filters-Applied`).
 * Returns undefined when the registry has no such API (404 or 405 on the endpoint, as the
 * distribution spec says to detect it). Bounded: each page is read up to 4 MiB and must be an
 * index of valid descriptors (INVALID_CONTENT); more than 10 000 referrers or 100 pages for one
 * subject is TOO_LARGE.
 */
export async function listReferrersViaApi(
  options: ListReferrersViaApiOptions
): Promise<Descriptor[] | undefined> {
  const { client, repo, subjectDigest, artifactType } = options
  const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''
  let path = `referrers/${subjectDigest}${query}`
  const found: Descriptor[] = []
  const source = describeRepository(repo)
  let listed = 0
  for (let page = 0; ; page++) {
    if (page === MAX_REFERRER_PAGES) {
      throw new OciError({
        code: 'TOO_LARGE',
        message: `referrers.list on ${source}: the referrers of ${subjectDigest} run past ${MAX_REFERRER_PAGES} pages; refusing to read more (the limit is ${MAX_REFERRERS} referrers in ${MAX_REFERRER_PAGES} pages)`
      })
    }
    const read = await readReferrersPage({ client, repo, subjectDigest, path, page })
    if (read === undefined) return undefined
    listed += read.manifests.length
    if (listed > MAX_REFERRERS) {
      throw new OciError({
        code: 'TOO_LARGE',
        message: `referrers.list on ${source}: ${subjectDigest} has more than ${MAX_REFERRERS} referrers; refusing to read more`
      })
    }
    found.push(
      ...read.manifests.filter(
        d => !artifactType || read.filtered || d.artifactType === artifactType
      )
    )
    if (!read.next) return found
    path = new URL(read.next, await client.url(repo, '')).href
  }
}
