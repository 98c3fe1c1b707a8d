import type { Logger } from '@sign/action-kit'
import { uploadAttestation } from '@sign/provenance'
import type { SignedBundle } from '@sign/sigstore'

/**
 * Uploads each bundle to GitHub's attestations of the job's repository, one after another (a
 * retried POST that GitHub had stored would otherwise race its twin); the ids in order.
 */
export async function uploadBundles(options: {
  target: { apiUrl: string; token: string; repository: string }
  bundles: SignedBundle[]
  logger: Logger
}): Promise<number[]> {
  const ids: number[] = []
  for (const signed of options.bundles) {
    const { id } = await uploadAttestation({ ...options.target, bundle: signed.bundle })
    options.logger.info(
      `Uploaded to GitHub's attestations of ${options.target.repository}: id ${id}`
    )
    ids.push(id)
  }
  return ids
}
