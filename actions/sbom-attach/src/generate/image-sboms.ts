import type { Logger } from '@sign/action-kit'
import { isIndexMediaType, type RegistryClient } from '@sign/oci'
import { PRODUCT_NAME, PRODUCT_VERSION } from '@sign/product'
import { quote } from '@sign/safe-text'
import { generateSbom, registryImageSource } from '@sign/sbom'
import { mapBounded, type ImageSubject } from '@sign/subjects'
import type { SbomFormatName } from '../inputs.ts'
import { sbomDocuments, type SbomDocument } from './sbom-document.ts'
import { catalogSubject } from './unreadable-subject.ts'

/** One platform manifest, described. */
export interface ImageSboms {
  kind: 'image'
  /** The platform manifest, by digest. */
  image: ImageSubject
  /** `os/architecture[/variant]`; unknown for an SBOM the workflow gave. */
  platform: string | undefined
  documents: SbomDocument[]
}

/**
 * The platform manifests to describe: each resolved image that is a manifest, and every platform
 * manifest of an index (an SBOM describes one platform's filesystem; the index is not one).
 */
export function platformImages(images: ImageSubject[]): ImageSubject[] {
  return images.filter(image => !isIndexMediaType(image.descriptor.mediaType))
}

/**
 * Catalogs every platform manifest from the registry (layers streamed and squashed, OS package
 * databases, Go binaries, npm packages) and writes its SBOM in every format, in memory.
 */
export async function imageSboms(options: {
  client: RegistryClient
  images: ImageSubject[]
  formats: readonly SbomFormatName[]
  logger: Logger
}): Promise<ImageSboms[]> {
  return mapBounded({
    items: options.images,
    work: async image => {
      const generated = await catalogSubject({
        input: 'images',
        catalog: () =>
          generateSbom({
            subject: {
              kind: 'image',
              source: registryImageSource({ client: options.client, repo: image.repo }),
              reference: image.descriptor.digest,
              name: image.name
            },
            tool: { name: PRODUCT_NAME, version: PRODUCT_VERSION }
          })
      })
      const { sbom, problems } = generated
      const platform = generated.platform ?? 'unknown'
      options.logger.info(
        `${quote(image.name)} (${platform}): ${sbom.packages.length} package(s)${
          problems.length > 0 ? `; skipped: ${problems.join('; ')}` : ''
        }`
      )
      const documents = sbomDocuments({ sbom, formats: options.formats })
      return { kind: 'image' as const, image, platform, documents }
    }
  })
}
