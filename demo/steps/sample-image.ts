import {
  createRegistryClient,
  fetchManifest,
  formatReference,
  parseReference,
  resolveManifest,
  staticCredentials
} from '@sign/oci'
import { OCI_MANIFEST, pushBlob, putManifest, sha256Digest } from '@sign/oci'
import type { DemoStep } from '../step.ts'

/** The image the later steps sign: pushed once, then resolved by tag exactly once. */
export const sampleImage = { repository: 'octo-org/octo-repo', tag: 'v1.2.3' }

export const pushSampleImage: DemoStep = {
  title: 'push a sample image and resolve its tag once',
  async run({ registry }) {
    const client = createRegistryClient({
      credentials: staticCredentials({
        [registry.host]: { kind: 'basic', ...registry.credentials }
      })
    })
    const repo = { registry: registry.host, repository: sampleImage.repository }
    const config = Buffer.from(
      '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}'
    )
    const layer = Buffer.from('sign demo layer\n')
    for (const blob of [config, layer]) {
      await pushBlob({ client, repo, digest: sha256Digest(blob), content: blob })
    }
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: sha256Digest(config),
          size: config.length
        },
        layers: [
          {
            mediaType: 'application/vnd.oci.image.layer.v1.tar',
            digest: sha256Digest(layer),
            size: layer.length
          }
        ]
      })
    )
    await putManifest({
      client,
      repo,
      reference: sampleImage.tag,
      bytes: manifest,
      mediaType: OCI_MANIFEST
    })
    const reference = parseReference(
      `${registry.host}/${sampleImage.repository}:${sampleImage.tag}`
    )
    const resolved = await resolveManifest({ client, repo, reference: sampleImage.tag })
    const pulled = await fetchManifest({ client, repo, reference: resolved.digest })
    if (!pulled?.bytes.equals(manifest))
      throw new Error('the pulled manifest differs from the pushed one')
    return [
      `pushed ${formatReference(reference)} to the token-auth registry`,
      `resolved once: ${formatReference({ ...reference, digest: resolved.digest })}`,
      'pulled by digest: the exact bytes that were pushed'
    ]
  }
}
