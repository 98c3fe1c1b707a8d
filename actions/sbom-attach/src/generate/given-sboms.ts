import { ConfigurationError, type Logger } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { hashFileTarget, type FileTarget, type ImageSubject } from '@sign/subjects'
import type { GivenSbom } from '../validate/given-sbom.ts'
import type { FileSboms } from './file-sboms.ts'
import type { ImageSboms } from './image-sboms.ts'

/**
 * The given SBOM (input `sbom`) as the one subject's only document: the file's (hashed, and
 * checked against a checksums file that lists it), or the image's — which must be one platform
 * manifest, since an SBOM describes one filesystem, not an index of several.
 */
export async function givenSboms(options: {
  given: GivenSbom
  files: FileTarget[]
  images: ImageSubject[]
  /** What the image reference resolved to (an index and its platforms, or one manifest). */
  resolved: ImageSubject[]
  logger: Logger
}): Promise<(FileSboms | ImageSboms)[]> {
  const { given, logger } = options
  const described = `${given.document.format} ${given.specVersion}, ${given.document.packages} package(s), attached as it is`
  const [target] = options.files
  if (target !== undefined) {
    const { hex: sha256 } = await hashFileTarget({ target, nothingDone: 'no SBOM was written' })
    logger.info(
      `${quote(target.name)} sha256:${sha256}: the SBOM ${quote(given.name)} (${described})`
    )
    return [{ kind: 'file', target, sha256, cataloged: 'given', documents: [given.document] }]
  }
  const [image, ...more] = options.images
  if (image === undefined || more.length > 0) {
    const [index] = options.resolved
    throw new ConfigurationError(
      `Input 'sbom' gives one SBOM, but ${quote(index?.name ?? 'the image')} is an image index of ${options.images.length} platform manifests, and an SBOM describes one. Name the platform manifest the SBOM describes by its digest:`,
      { fix: `with:\n  sbom: ${given.name}\n  images: ghcr.io/octo-org/app@sha256:…` }
    )
  }
  logger.info(`${quote(image.name)}: the SBOM ${quote(given.name)} (${described})`)
  return [{ kind: 'image', image, platform: undefined, documents: [given.document] }]
}
