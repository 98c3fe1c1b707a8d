import { readFile } from 'node:fs/promises'
import {
  createRegistryClient,
  fetchManifest,
  formatReference,
  parseReference,
  resolveManifest,
  staticCredentials,
  pushImage
} from '@sign/oci'
import { referenceTool, sampleImageWithFiles } from '@sign/testenv'
import type { DemoStep } from '../step.ts'

const repository = 'octo-org/octo-repo'
const OS_RELEASE = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'
const DPKG_STATUS = [
  'Package: base-files',
  'Status: install ok installed',
  'Architecture: amd64',
  'Version: 12.4+deb12u5',
  '',
  'Package: tzdata',
  'Status: install ok installed',
  'Architecture: all',
  'Version: 2024a-0+deb12u1',
  ''
].join('\n')
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
    const image = sampleImageWithFiles({
      files: {
        '/etc/os-release': OS_RELEASE,
        '/var/lib/dpkg/status': DPKG_STATUS,
        // A real Go program, so the image SBOM lists its modules: the pinned oras build.
        '/usr/local/bin/oras': await readFile(referenceTool({ name: 'oras' }).path)
      }
    })
    await pushImage({ client, repo, reference: tag, ...image })
    const reference = parseReference(`${registry.host}/${repository}:${tag}`)
    state.image = formatReference(reference)
    const resolved = await resolveManifest({ client, repo, reference: tag })
    const pulled = await fetchManifest({ client, repo, reference: resolved.digest })
    if (!pulled?.bytes.equals(image.manifest)) {
      throw new Error('the pulled manifest differs from the pushed one')
    }
    return [
      `pushed ${formatReference(reference)} (Debian os-release and dpkg status, a Go binary) to the token-auth registry`,
      `resolved once: ${formatReference({ ...reference, digest: resolved.digest })}`,
      'pulled by digest: the exact bytes that were pushed'
    ]
  }
}
