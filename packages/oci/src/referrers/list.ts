import type { Descriptor } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import type { RegistryClient } from '../registry/client.ts'
import { describeRepository, type Repository } from '../registry/repository.ts'
import { listReferrersViaApi } from './api.ts'
import { readTagIndex } from './tag-schema.ts'

/** Whether each repository serves the referrers API, learned once per client. */
const apiSupport = new WeakMap<RegistryClient, Map<string, boolean>>()

export function knownApiSupport(client: RegistryClient, repo: Repository): boolean | undefined {
  return apiSupport.get(client)?.get(describeRepository(repo))
}

export function rememberApiSupport(
  client: RegistryClient,
  repo: Repository,
  supported: boolean
): void {
  let byRepo = apiSupport.get(client)
  if (!byRepo) apiSupport.set(client, (byRepo = new Map<string, boolean>()))
  byRepo.set(describeRepository(repo), supported)
}

/** Where a referrers list came from. */
export type ReferrersSource = 'api' | 'tag-schema'

/**
 * Every referrer of a subject, optionally of one artifactType: from the referrers API when the
 * registry serves it, else from the referrers tag schema (`sha256-<hex>`). An OciError on the way
 * says in `referrersSource` which of the two it came from.
 */
export async function listReferrers(options: {
  client: RegistryClient
  repo: Repository
  subjectDigest: string
  artifactType?: string
}): Promise<{ referrers: Descriptor[]; source: ReferrersSource }> {
  const { client, repo } = options
  if (knownApiSupport(client, repo) !== false) {
    const viaApi = await fromSource('api', () => listReferrersViaApi(options))
    rememberApiSupport(client, repo, viaApi !== undefined)
    if (viaApi) return { referrers: viaApi, source: 'api' }
  }
  const index = await fromSource('tag-schema', () => readTagIndex(options))
  const all = index?.manifests ?? []
  const referrers = options.artifactType
    ? all.filter(d => d.artifactType === options.artifactType)
    : all
  return { referrers, source: 'tag-schema' }
}

/** Runs `read`; an OciError it throws is thrown again with `referrersSource` set to `source`. */
async function fromSource<T>(source: ReferrersSource, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (!(error instanceof OciError) || error.referrersSource !== undefined) throw error
    throw new OciError({
      code: error.code,
      message: error.message,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.registryCode === undefined ? {} : { registryCode: error.registryCode }),
      referrersSource: source,
      cause: error
    })
  }
}
