// oras reads the referrers this suite attaches: `oras discover` on a registry without the
// referrers API (distribution 2.8, the tag schema we maintain) lists every signature we attached
// to an image, with its artifact type, and nothing for an image we did not sign.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { attachArtifact, createRegistryClient, pushImage } from '@sign/oci'
import { referenceTool, sampleImage, startRegistry } from '@sign/testenv'

const SIGNATURE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

interface Discovered {
  referrers?: { digest: string; artifactType: string }[]
}

test('oras discover lists the referrers we attached, by artifact type, on the tag schema', async t => {
  const oras = referenceTool({ name: 'oras' })
  t.diagnostic(`oras ${oras.version}`)
  const registry = await startRegistry({ mode: 'anonymous' })
  t.after(() => registry.stop())
  const client = createRegistryClient()
  const repo = { registry: registry.host, repository: 'octo-org/app' }
  const signedImage = sampleImage({ layerText: 'signed\n' })
  const signed = await pushImage({ client, repo, reference: 'v1', ...signedImage })
  const unsigned = await pushImage({
    client,
    repo,
    reference: 'v2',
    ...sampleImage({ layerText: 'unsigned\n' })
  })
  const attached = []
  for (const n of [1, 2]) {
    const { descriptor } = await attachArtifact({
      client,
      repo,
      subject: signed,
      artifactType: SIGNATURE,
      layers: [{ mediaType: SIGNATURE, data: Buffer.from(`{"bundle": ${n}}`) }]
    })
    attached.push(descriptor.digest)
  }
  const discover = async (digest: string): Promise<Discovered> => {
    const { stdout } = await promisify(execFile)(
      oras.path,
      [
        'discover',
        '--plain-http',
        '--format',
        'json',
        `${registry.host}/${repo.repository}@${digest}`
      ],
      { encoding: 'utf8' }
    )
    return JSON.parse(stdout) as Discovered
  }
  const found = await discover(signed.digest)
  assert.deepEqual(
    (found.referrers ?? []).map(referrer => referrer.digest).sort(),
    [...attached].sort()
  )
  assert.ok((found.referrers ?? []).every(referrer => referrer.artifactType === SIGNATURE))
  assert.deepEqual((await discover(unsigned.digest)).referrers ?? [], [])
})
