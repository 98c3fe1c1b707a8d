import {
  createRegistryClient,
  fetchManifest,
  formatReference,
  parseReference,
  resolveManifest,
  staticCredentials,
  pushImage
} from '@sign/oci'
import { sampleImage } from '@sign/testenv'
import type { DemoStep } from '../step.ts'

const repository = 'octo-org/octo-repo'
const tag = 'v1.2.3'

export const pushSampleImage: DemoStep = {
  title: 'push a sample image and resolve its tag once',
  async run({ registry }, state) {
    const client = createRegistryClient({
      credentials: staticCredentials({
        [registry.host]: { kind: 'basic', ...registry.credentials }
      })
    })
    const repo = { registry: registry.host, repository }
    const image = sampleImage({ layerText: 'sign demo layer\n' })
    await pushImage({ client, repo, reference: tag, ...image })
    const reference = parseReference(`${registry.host}/${repository}:${tag}`)
    state.image = formatReference(reference)
    const resolved = await resolveManifest({ client, repo, reference: tag })
    const pulled = await fetchManifest({ client, repo, reference: resolved.digest })
    if (!pulled?.bytes.equals(image.manifest)) {
      throw new Error('the pulled manifest differs from the pushed one')
    }
    return [
      `pushed ${formatReference(reference)} to the token-auth registry`,
      `resolved once: ${formatReference({ ...reference, digest: resolved.digest })}`,
      'pulled by digest: the exact bytes that were pushed'
    ]
  }
}
