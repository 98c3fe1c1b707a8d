import {
  fetchManifest,
  formatReference,
  isIndexMediaType,
  platformManifests,
  repositoryName,
  resolveManifest,
  type Descriptor,
  type Logger,
  type Reference,
  type RegistryClient,
  type Repository
} from '@sign/oci'
import { quote } from '@sign/safe-text'
import { mapBounded } from '../concurrency.ts'
import type { ImageSubject } from './image-subject.ts'

/**
 * Resolves each reference to a digest once (a tag, or `latest` when none is written) and logs
 * `reference → repository@digest`; with `recursive`, adds every platform manifest of an index.
 * Images named twice are signed once.
 */
export async function resolveImages(options: {
  client: RegistryClient
  references: Reference[]
  recursive: boolean
  logger: Logger
}): Promise<ImageSubject[]> {
  const { client, logger } = options
  const resolved = await mapBounded({
    items: options.references,
    work: async reference => {
      const repo: Repository = { registry: reference.registry, repository: reference.repository }
      const descriptor = await resolveManifest({
        client,
        repo,
        reference: reference.digest ?? reference.tag ?? 'latest'
      })
      const image = subject(repo, descriptor)
      logger.info(`${formatReference(reference)} → ${image.name}`)
      if (!options.recursive) return [image]
      return [image, ...(await platformSubjects({ client, image, logger }))]
    }
  })
  const unique = new Map(resolved.flat().map(image => [image.name, image]))
  return [...unique.values()]
}

/** The platform manifests of `image` when it is an index (logged as `os/arch → name`); else none. */
export async function platformSubjects(options: {
  client: RegistryClient
  image: ImageSubject
  logger: Logger
}): Promise<ImageSubject[]> {
  const { image } = options
  if (!isIndexMediaType(image.descriptor.mediaType)) return []
  const manifest = await fetchManifest({
    client: options.client,
    repo: image.repo,
    reference: image.descriptor.digest
  })
  const platforms = manifest ? platformManifests(manifest) : []
  return platforms.map(descriptor => {
    const platform = subject(image.repo, descriptor)
    // The platform fields are the registry's text: quoted, never printed as they are.
    const { platform: fields } = descriptor
    const where = fields
      ? quote([fields.os, fields.architecture, fields.variant].filter(Boolean).join('/'))
      : 'platform'
    options.logger.info(`  ${where} → ${platform.name}`)
    return platform
  })
}

function subject(repo: Repository, descriptor: Descriptor): ImageSubject {
  const { mediaType, digest, size } = descriptor
  return {
    kind: 'image',
    name: `${repositoryName(repo)}@${digest}`,
    repo,
    descriptor: { mediaType, digest, size }
  }
}
