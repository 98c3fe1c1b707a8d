import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { VerificationError, Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import {
  createRegistryClient,
  fetchBlob,
  fetchManifest,
  listReferrers,
  parseReference,
  staticCredentials,
  type ImageManifest
} from '@sign/oci'
import { bundleEntry, executeAction } from '@sign/testenv'
import type { DemoStep } from '../step.ts'

const root = resolve(import.meta.dirname, '../..')
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

interface SignatureEntry {
  subject: string
  digest: string
  kind: 'image' | 'file'
  bundle?: string
  referrer?: string
}

export const cosignKeyless: DemoStep = {
  title: 'cosign-keyless: sign the image and the release files with the workflow identity',
  async run({ oidc, sigstore, registry, workspace }, state) {
    if (!state.image) throw new Error('the sample image step did not run')
    const files = { 'app-linux-amd64': 'the release binary\n', 'README.txt': 'read me\n' }
    for (const [name, text] of Object.entries(files)) await writeFile(join(workspace, name), text)

    sigstore.requests.reset()
    const result = await executeAction({
      entry: bundleEntry('cosign-keyless'),
      actionYml: join(root, 'actions/cosign-keyless/action.yml'),
      workspace,
      idToken: oidc.actionsEnv(),
      inputs: {
        images: state.image,
        files: 'app-*\nREADME.txt',
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'tsa-url': sigstore.tsaUrl,
        'registry-username': registry.credentials.username,
        'registry-password': registry.credentials.password,
        'github-token': ''
      }
    })
    if (result.exitCode !== 0) {
      throw new Error(`cosign-keyless failed: ${result.annotations.map(a => a.message).join('; ')}`)
    }
    const signatures = JSON.parse(result.outputs['signatures'] ?? '[]') as SignatureEntry[]

    const { repository, workflowPath, ref } = oidc.workflow
    const identity = `https://github.com/${repository}/${workflowPath}@${ref}`
    const policy = {
      subjectAlternativeName: new RegExp(`^${escape(identity)}$`),
      extensions: { issuer: oidc.issuer }
    }
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot)))
    const fileBundle = async (name: string) =>
      bundleFromJSON(JSON.parse(await readFile(join(workspace, `${name}.sigstore.json`), 'utf8')))
    for (const name of Object.keys(files)) {
      const data = await readFile(join(workspace, name))
      verifier.verify(toSignedEntity(await fileBundle(name), data), policy)
    }
    let tamperedRejected = false
    try {
      verifier.verify(
        toSignedEntity(await fileBundle('README.txt'), Buffer.from('tampered\n')),
        policy
      )
    } catch (error) {
      tamperedRejected = error instanceof VerificationError
    }
    if (!tamperedRejected) throw new Error('a tampered file was not rejected')

    const image = parseReference(state.image)
    const repo = { registry: image.registry, repository: image.repository }
    const client = createRegistryClient({
      credentials: staticCredentials({
        [registry.host]: { kind: 'basic', ...registry.credentials }
      })
    })
    const signed = signatures.find(s => s.kind === 'image')
    if (!signed) throw new Error('no image in the signatures output')
    const { referrers } = await listReferrers({ client, repo, subjectDigest: signed.digest })
    const referrer = await fetchManifest({ client, repo, reference: referrers[0]?.digest ?? '' })
    const layer = (JSON.parse(referrer?.bytes.toString() ?? '{}') as ImageManifest).layers[0]
    const bundle = JSON.parse(
      (await fetchBlob({ client, repo, digest: layer?.digest ?? '' })).toString()
    ) as unknown
    verifier.verify(toSignedEntity(bundleFromJSON(bundle)), policy)

    return [
      `one run, one Fulcio certificate: ${signatures.length} signatures (Fulcio requests: ${sigstore.requests.fulcio})`,
      `${state.image} resolved once → signed ${signed.digest} as a cosign v3 bundle referrer`,
      `${Object.keys(files).join(', ')} → .sigstore.json bundles as cosign sign-blob writes them`,
      `every bundle verified: identity ${identity}, issuer ${oidc.issuer}`,
      'a tampered copy of a file is rejected'
    ]
  }
}
