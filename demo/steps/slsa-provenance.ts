import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { bundleEntry, executeAction, startGithubApi } from '@sign/testenv'
import type { DemoStep } from '../step.ts'

const root = resolve(import.meta.dirname, '../..')
const ISSUER = 'https://token.actions.githubusercontent.com'

interface ProvenanceRecord {
  format: string
  path?: string
  image?: string
  referrer?: string
  attestationId?: number
}

/**
 * slsa-provenance on the Go release binary and the sample image: GitHub's SLSA v1 provenance
 * built from the job's own claims, written as `<binary>.intoto.jsonl`, pushed to the image and
 * uploaded to a loopback GitHub attestations API; then verify (action inputs, slsa-verifier's
 * names) requires the image's provenance by builder, source and tag, and `sign verify` the
 * binary's by gh's --signer-workflow and a versioned tag.
 */
export const slsaProvenance: DemoStep = {
  title:
    "slsa-provenance: SLSA v1 provenance from the job's claims, required by builder and source",
  async run({ oidc, sigstore, registry, workspace }, state) {
    if (!state.image || !state.sbomFile) throw new Error('the image and SBOM steps did not run')
    const { repository, workflowPath, ref } = oidc.workflow
    const api = await startGithubApi({
      tokens: { 'demo-token': { repositories: [repository], attestationsWrite: true } }
    })
    try {
      const registryInputs = {
        'registry-username': registry.credentials.username,
        'registry-password': registry.credentials.password
      }
      const step = (name: string, inputs: Record<string, string>) =>
        executeAction({
          entry: bundleEntry(name),
          actionYml: join(root, 'actions', name, 'action.yml'),
          workspace,
          idToken: oidc.actionsEnv(),
          inputs: { ...registryInputs, 'github-token': '', ...inputs }
        })
      const made = await step('slsa-provenance', {
        files: state.sbomFile.file,
        images: state.image,
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'tsa-url': sigstore.tsaUrl,
        'github-attestations': 'true',
        'github-token': 'demo-token',
        'github-api-url': api.apiUrl
      })
      if (made.exitCode !== 0) {
        throw new Error(
          `slsa-provenance failed: ${made.annotations.map(a => a.message).join('; ')}`
        )
      }
      const records = JSON.parse(made.outputs['provenance'] ?? '[]') as ProvenanceRecord[]
      const file = records.find(record => record.path !== undefined)
      const image = records.find(record => record.referrer !== undefined)
      if (!file || !image) throw new Error('the provenance output lacks the file or the image')
      if (api.attestations.length !== records.length) {
        throw new Error(
          `expected ${records.length} GitHub attestations, got ${api.attestations.length}`
        )
      }

      const builder = `https://github.com/${repository}/${workflowPath}@${ref}`
      const tag = ref.replace('refs/tags/', '')
      const verified = await step('verify', {
        images: image.image ?? '',
        'certificate-identity': builder,
        'certificate-oidc-issuer': ISSUER,
        'trusted-root': sigstore.trustedRootPath,
        'builder-id': builder,
        'source-uri': `github.com/${repository}`,
        'source-tag': tag
      })
      if (verified.exitCode !== 0) {
        throw new Error(`verify failed: ${verified.annotations.map(a => a.message).join('; ')}`)
      }
      const major = tag.replace(/^v?(\d+).*$/u, 'v$1')
      const cli = await new Promise<{ status: number; output: string }>(done => {
        execFile(
          process.execPath,
          [
            bundleEntry('cli'),
            'verify',
            '--signer-workflow',
            `${repository}/${workflowPath}`,
            '--certificate-oidc-issuer',
            ISSUER,
            '--trusted-root',
            sigstore.trustedRootPath,
            '--source-uri',
            `github.com/${repository}`,
            '--source-versioned-tag',
            major,
            state.sbomFile?.file ?? ''
          ],
          { cwd: workspace },
          (error, stdout, stderr) =>
            done({ status: error === null ? 0 : Number(error.code), output: stdout + stderr })
        )
      })
      if (cli.status !== 0) throw new Error(`sign verify (provenance) failed:\n${cli.output}`)
      return [
        `${state.sbomFile.file} → ${file.path ?? '?'} (GitHub's SLSA v1 workflow provenance); ${state.image} → bundle referrer ${image.referrer ?? '?'}; both uploaded to the attestations API (ids ${records.map(r => r.attestationId).join(', ')})`,
        `verify action: the image's provenance is by builder ${builder}, from github.com/${repository} at tag ${tag}`,
        `sign verify --signer-workflow ${repository}/${workflowPath} --source-versioned-tag ${major}: ${state.sbomFile.file} passed`
      ]
    } finally {
      await api.stop()
    }
  }
}
