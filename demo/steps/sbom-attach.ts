import { copyFile, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { readSbom, validateSbom } from '@sign/sbom'
import { bundleEntry, executeAction, referenceTool } from '@sign/testenv'
import type { DemoStep } from '../step.ts'

const root = resolve(import.meta.dirname, '../..')

interface SbomRecord {
  subject: string
  kind: 'image' | 'file'
  platform?: string
  format: string
  path?: string
  referrer?: string
  packages: number
  attestation?: string
}

/**
 * sbom-attach on the sample image and on a real Go release binary (the pinned oras build): SPDX
 * documents generated natively, valid against the SPDX schema and its spec rules, attached to the
 * image as a referrer and written beside the file, each with a keyless attestation.
 */
export const sbomAttach: DemoStep = {
  title: 'sbom-attach: SBOMs for the image and a Go release binary, attested under one certificate',
  async run({ oidc, sigstore, registry, workspace }, state) {
    if (!state.image) throw new Error('the sample image step did not run')
    const binary = 'oras-linux-amd64'
    await copyFile(referenceTool({ name: 'oras' }).path, join(workspace, binary))
    sigstore.requests.reset()
    const result = await executeAction({
      entry: bundleEntry('sbom-attach'),
      actionYml: join(root, 'actions/sbom-attach/action.yml'),
      workspace,
      idToken: oidc.actionsEnv(),
      inputs: {
        images: state.image,
        files: binary,
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'tsa-url': sigstore.tsaUrl,
        'registry-username': registry.credentials.username,
        'registry-password': registry.credentials.password,
        'github-token': ''
      }
    })
    if (result.exitCode !== 0) {
      throw new Error(`sbom-attach failed: ${result.annotations.map(a => a.message).join('; ')}`)
    }
    const records = JSON.parse(result.outputs['sboms'] ?? '[]') as SbomRecord[]
    const file = records.find(record => record.kind === 'file')
    const image = records.find(record => record.kind === 'image')
    if (!file?.path || !image?.referrer) throw new Error('the sboms output lacks the file or image')
    const document = JSON.parse(await readFile(join(workspace, file.path), 'utf8')) as unknown
    const problems = validateSbom({ document })
    if (problems.length > 0)
      throw new Error(`the SPDX document is invalid: ${problems[0]?.message}`)
    const { sbom } = readSbom({ bytes: Buffer.from(JSON.stringify(document)) })
    const stdlib = sbom.packages.find(p => p.name === 'stdlib')
    if (sigstore.requests.fulcio !== 1) {
      throw new Error(`expected one Fulcio certificate, made ${sigstore.requests.fulcio}`)
    }
    state.sbomFile = { file: binary, sbom: file.path, attestation: file.attestation ?? '' }
    return [
      `${binary} → ${file.path}: ${file.packages} packages from its Go build info (${stdlib?.version ?? 'no stdlib'}), valid SPDX 2.3; attestation ${file.attestation ?? '?'}`,
      `${state.image} (${image.platform ?? 'single platform'}) → SPDX referrer ${image.referrer}: ${image.packages} packages; attestation referrer ${image.attestation ?? '?'}`,
      `one Fulcio certificate (Fulcio requests: ${sigstore.requests.fulcio}) for ${records.length} attestations`
    ]
  }
}
