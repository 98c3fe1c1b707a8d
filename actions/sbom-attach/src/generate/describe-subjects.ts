import { group, phase, type Logger } from '@sign/action-kit'
import type { ImageSubject } from '@sign/subjects'
import type { Plan } from '../validate/plan.ts'
import { fileSboms, type FileSboms } from './file-sboms.ts'
import { givenSboms } from './given-sboms.ts'
import { imageSboms, type ImageSboms } from './image-sboms.ts'

/**
 * Every subject's SBOM documents, in memory: generated for the files, then for the platform
 * manifests — or, with input `sbom`, the given SBOM for the one subject.
 */
export async function describeSubjects(options: {
  plan: Plan
  /** The platform manifests to describe. */
  images: ImageSubject[]
  /** Everything the image references resolved to (indexes too). */
  resolved: ImageSubject[]
  logger: Logger
}): Promise<(FileSboms | ImageSboms)[]> {
  const { plan, images, resolved, logger } = options
  const { given, client, formats } = plan
  if (given !== undefined) {
    return group('Read the given SBOM', () =>
      givenSboms({ given, files: plan.files, images, resolved, logger })
    )
  }
  const files = await phase({
    name: 'Generate the SBOMs of the files',
    items: plan.files,
    run: targets => fileSboms({ targets, formats, logger })
  })
  const described = await phase({
    name: 'Generate the SBOMs of the images',
    items: images,
    run: platforms => imageSboms({ client, images: platforms, formats, logger })
  })
  return [...files, ...described]
}
