import type { Logger } from '@sign/action-kit'
import { registryStore, type RegistryClient } from '@sign/oci'
import { attachBundleToImage } from '@sign/sigstore'
import { mapBounded, type ImageSubject } from '@sign/subjects'
import type { SignedStatement } from '../sign/sign-statements.ts'

/** An image's signed statements, and the bundle referrer each became. */
export interface PushedImage {
  image: ImageSubject
  statements: (SignedStatement & { referrer: string | undefined })[]
}

/**
 * Attaches each image's signed provenance to it as a cosign v3 bundle referrer (as GitHub's
 * attest action's push-to-registry writes it: bundle layer, predicate type annotated); images
 * in parallel, one referrer at a time per image. Without `push`, nothing is pushed.
 */
export async function pushImageProvenance(options: {
  client: RegistryClient
  images: { image: ImageSubject; statements: SignedStatement[] }[]
  push: boolean
  logger: Logger
}): Promise<PushedImage[]> {
  const created = new Date()
  return mapBounded({
    items: options.images,
    work: async ({ image, statements }) => {
      const pushed: PushedImage['statements'] = []
      for (const item of statements) {
        if (!options.push) {
          pushed.push({ ...item, referrer: undefined })
          continue
        }
        const descriptor = await attachBundleToImage({
          store: registryStore({ client: options.client, repo: image.repo }),
          subject: image.descriptor,
          signed: item.signed,
          predicateType: item.statement.predicateType,
          created
        })
        options.logger.info(
          `Pushed the ${item.format} provenance of ${image.name}: ${descriptor.digest}`
        )
        pushed.push({ ...item, referrer: descriptor.digest })
      }
      return { image, statements: pushed }
    }
  })
}
