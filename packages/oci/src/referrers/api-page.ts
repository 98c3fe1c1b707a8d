import type { Descriptor } from '../descriptor.ts'
import { checkDescriptors } from '../descriptor-check.ts'
import { OciError } from '../errors.ts'
import { MAX_MANIFEST_BYTES } from '../http/body-limits.ts'
import { readBodyCapped } from '../http/read-body.ts'
import { OCI_INDEX } from '../media-types.ts'
import type { RegistryClient } from '../registry/client.ts'
import { registryError } from '../registry/errors.ts'
import { describeRepository, type Repository } from '../registry/repository.ts'

/** One page of the referrers API's answer. */
export interface ReferrersPage {
  manifests: Descriptor[]
  /** Whether the registry filtered by artifactType itself (`OCI-Filters-Applied`). */
  filtered: boolean
  /** The next page's link, as the registry wrote it. */
  next: string | undefined
}

/** Options of {@link readReferrersPage}. */
export interface ReadReferrersPageOptions {
  client: RegistryClient
  repo: Repository
  subjectDigest: string
  /** The page's path under the repository, or the absolute URL of a `Link`. */
  path: string
  /** Counted from 0. */
  page: number
}

/**
 * Reads one page of referrers: up to 4 MiB, an index of valid descriptors (INVALID_CONTENT).
 * Undefined when the first page says the registry has no referrers API (404, 405 or 400).
 */
export async function readReferrersPage(
  options: ReadReferrersPageOptions
): Promise<ReferrersPage | undefined> {
  const { client, repo, page } = options
  const source = describeRepository(repo)
  const response = await client.request({
    repo,
    operation: 'referrers.list',
    access: 'pull',
    method: 'GET',
    path: options.path,
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
  return {
    manifests: checkDescriptors({ entries: index?.manifests ?? [], index: where }),
    filtered:
      response.headers
        .get('oci-filters-applied')
        ?.split(',')
        .map(s => s.trim())
        .includes('artifactType') ?? false,
    next: nextLink(response.headers.get('link'))
  }
}

/** `rel="next"` of a Link header (the referrers API's pagination). */
function nextLink(header: string | null): string | undefined {
  for (const part of header?.split(',') ?? []) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (match?.[1]) return match[1]
  }
  return undefined
}
