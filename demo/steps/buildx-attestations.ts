import { join, resolve } from 'node:path'
import { createRegistryClient, registryStore, resolveManifest, staticCredentials } from '@sign/oci'
import {
  bundleEntry,
  buildkitIndex,
  executeAction,
  pushBuildkitIndex,
  sampleImageWithFiles
} from '@sign/testenv'
import type { VerificationReport } from '@sign/verify'
import { readFile } from 'node:fs/promises'
import { DEMO_CLIENT_ID } from '../environment.ts'
import type { DemoStep } from '../step.ts'
import { writeVerifyPolicy } from './verify-policy.ts'

const root = resolve(import.meta.dirname, '../..')

/**
 * An image index as `docker buildx build --sbom=true --provenance=true` pushes it (BuildKit 0.32,
 * OCI-artifact attestation manifests): sbom-attach signs each BuildKit statement as BuildKit
 * wrote it and attaches it to its platform manifest, leaving the index's digest alone, and
 * names its own SBOM referrer in `referrers`; notation-sign-akv signs that referrer with the Key
 * Vault key; verify then requires, of the platform manifest, BuildKit's SLSA provenance signed
 * by the workflow AND an SPDX SBOM signed by the Key Vault certificate.
 */
export const buildxAttestations: DemoStep = {
  title:
    'sbom-attach lifts buildx attestations into signed referrers; notation-sign-akv signs the SBOM referrer',
  async run({ oidc, sigstore, registry, entra, workspace }, state) {
    if (!state.notationKeyId || !state.notationCertificate) {
      throw new Error('the notation-sign-akv step did not run')
    }
    const credentials = {
      'registry-username': registry.credentials.username,
      'registry-password': registry.credentials.password,
      'github-token': ''
    }
    const client = createRegistryClient({
      credentials: staticCredentials({
        [registry.host]: { kind: 'basic', ...registry.credentials }
      })
    })
    const repo = { registry: registry.host, repository: 'octo-org/buildx-app' }
    const built = buildkitIndex({
      generation: 'v0.32',
      name: `${registry.host}/${repo.repository}:v1`,
      platforms: [
        {
          image: sampleImageWithFiles({
            files: { 'etc/os-release': 'ID=debian\nVERSION_ID="13"\n' }
          }),
          platform: { os: 'linux', architecture: 'amd64' }
        }
      ]
    })
    await pushBuildkitIndex({ store: registryStore({ client, repo }), built, tag: 'v1' })
    const platform = built.statements[0]?.platformDigest ?? ''
    const step = (name: string, inputs: Record<string, string>) =>
      executeAction({
        entry: bundleEntry(name),
        actionYml: join(root, 'actions', name, 'action.yml'),
        workspace,
        idToken: oidc.actionsEnv(),
        inputs: { ...credentials, ...inputs }
      })
    const failed = (name: string, result: Awaited<ReturnType<typeof step>>) =>
      new Error(`${name} failed: ${result.annotations.map(a => a.message).join('; ')}`)

    const attached = await step('sbom-attach', {
      images: `${registry.host}/${repo.repository}:v1`,
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
      'tsa-url': sigstore.tsaUrl
    })
    if (attached.exitCode !== 0) throw failed('sbom-attach', attached)
    const lifted = JSON.parse(attached.outputs['lifted'] ?? '[]') as { predicateType: string }[]
    if (lifted.length !== built.statements.length) {
      throw new Error(`expected ${built.statements.length} lifted statements, got ${lifted.length}`)
    }
    const indexNow = await resolveManifest({ client, repo, reference: 'v1' })
    if (indexNow.digest !== built.index.digest) throw new Error('the index changed')

    const signed = await step('notation-sign-akv', {
      'key-id': state.notationKeyId,
      'client-id': DEMO_CLIENT_ID,
      'tenant-id': entra.tenantId,
      'authority-host': entra.url,
      images: attached.outputs['referrers'] ?? ''
    })
    if (signed.exitCode !== 0) throw failed('notation-sign-akv', signed)

    const { repository, workflowPath, ref } = oidc.workflow
    const config = join(workspace, 'verify-buildx')
    const policy = await writeVerifyPolicy({
      directory: config,
      scopes: [`${registry.host}/${repo.repository}`],
      certificate: state.notationCertificate,
      trustedRootPath: sigstore.trustedRootPath,
      identity: `https://github.com/${repository}/${workflowPath}@${ref}`,
      issuer: oidc.issuer,
      repository,
      require: [
        '  - attestation: release',
        '    predicate-type: https://slsa.dev/provenance/v1',
        '  - sbom: akv',
        '    format: spdx-json'
      ]
    })
    const verified = await step('verify', {
      images: `${registry.host}/${repo.repository}@${platform}`,
      policy: policy.policy,
      report: join(config, 'report.json')
    })
    if (verified.exitCode !== 0) throw failed('verify', verified)
    const report = JSON.parse(
      await readFile(join(config, 'report.json'), 'utf8')
    ) as VerificationReport
    const met = report.subjects[0]?.requirements.map(r => r.requirement) ?? []
    return [
      `${registry.host}/${repo.repository}:v1 (BuildKit 0.32 index) → ${lifted.length} statements signed as BuildKit wrote them (${lifted.map(l => l.predicateType).join(', ')}), attached to ${platform.slice(0, 19)}…; the index digest is unchanged`,
      `notation-sign-akv signed the SBOM referrer sbom-attach named (${attached.outputs['referrers'] ?? '?'})`,
      `verify: the platform manifest passed ${met.join(' AND ')}`
    ]
  }
}
