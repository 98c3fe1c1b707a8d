import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { bundleEntry, executeAction } from '@sign/testenv'
import type { DemoStep } from '../step.ts'

const root = resolve(import.meta.dirname, '../..')

interface Result {
  identity: { identity: string }
  signatures: unknown[]
  sboms: unknown[]
  provenance: unknown[]
  verification: { subject: string; verified: boolean }[]
}

/**
 * The root action (`uses: org/sign@v1`) on the sample image and a release archive: keyless
 * signatures, SBOMs and provenance under one Fulcio certificate, then every subject verified
 * against the run's own identity — in one step, one process.
 */
export const rootAction: DemoStep = {
  title: 'org/sign@v1: sign, describe, attest and verify in one step, one certificate',
  async run({ oidc, sigstore, registry, workspace }, state) {
    if (!state.image) throw new Error('the sample image step did not run')
    await writeFile(join(workspace, 'app_1.2.3_linux_amd64.tar.gz'), 'a release archive\n')
    sigstore.requests.reset()
    const started = Date.now()
    const result = await executeAction({
      entry: bundleEntry('sign'),
      actionYml: join(root, 'action.yml'),
      workspace,
      idToken: oidc.actionsEnv(),
      inputs: {
        images: state.image,
        files: 'app_1.2.3_linux_amd64.tar.gz',
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'tsa-url': sigstore.tsaUrl,
        'trusted-root': sigstore.trustedRootPath,
        'registry-username': registry.credentials.username,
        'registry-password': registry.credentials.password,
        'github-token': ''
      }
    })
    const ms = Date.now() - started
    if (result.exitCode !== 0) {
      throw new Error(`sign failed: ${result.annotations.map(a => a.message).join('; ')}`)
    }
    const output = JSON.parse(result.outputs['result'] ?? '{}') as Result
    if (sigstore.requests.fulcio !== 1) {
      throw new Error(`expected one Fulcio certificate, made ${sigstore.requests.fulcio}`)
    }
    if (!output.verification.every(subject => subject.verified)) {
      throw new Error(`not every subject verified: ${JSON.stringify(output.verification)}`)
    }
    return [
      `${output.signatures.length} signatures, ${output.sboms.length} SBOMs, ${output.provenance.length} provenance statements for ${state.image} and a release archive, as ${output.identity.identity}`,
      `one Fulcio certificate, ${sigstore.requests.rekor} Rekor and ${sigstore.requests.tsa} TSA requests, ${ms} ms for the whole step`,
      `verified against the run's own identity: ${output.verification.map(s => s.subject.replace(/^.*\//u, '')).join(', ')}`
    ]
  }
}
