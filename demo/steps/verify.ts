import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { bundleEntry, executeAction } from '@sign/testenv'
import type { VerificationReport } from '@sign/verify'
import type { DemoStep } from '../step.ts'
import { writeVerifyPolicy } from './verify-policy.ts'

const root = resolve(import.meta.dirname, '../..')
const CLI = bundleEntry('cli')

/**
 * The verify action and `sign verify`: one policy over what both signing steps wrote — the image
 * must carry the workflow's keyless signature AND the Key Vault notation signature; files are
 * checked the same way from the signatures beside them; an identity prefix is not a match.
 */
export const verify: DemoStep = {
  title: 'verify: one policy over every signature (action and CLI)',
  async run({ oidc, sigstore, registry, workspace }, state) {
    if (!state.image || !state.notationCertificate) throw new Error('the signing steps did not run')
    const config = join(workspace, 'verify')
    const { repository, workflowPath, ref } = oidc.workflow
    const identity = `https://github.com/${repository}/${workflowPath}@${ref}`
    const policyFiles = await writeVerifyPolicy({
      directory: config,
      scopes: [state.image.slice(0, state.image.lastIndexOf(':'))],
      certificate: state.notationCertificate,
      trustedRootPath: sigstore.trustedRootPath,
      identity,
      issuer: oidc.issuer,
      repository,
      requireSbom: true
    })

    const result = await executeAction({
      entry: bundleEntry('verify'),
      actionYml: join(root, 'actions/verify/action.yml'),
      workspace,
      inputs: {
        images: state.image,
        policy: policyFiles.policy,
        report: join(config, 'report.json'),
        'registry-username': registry.credentials.username,
        'registry-password': registry.credentials.password,
        'github-token': ''
      }
    })
    if (result.exitCode !== 0) {
      throw new Error(`verify failed: ${result.annotations.map(a => a.message).join('; ')}`)
    }
    const report = JSON.parse(
      await readFile(join(config, 'report.json'), 'utf8')
    ) as VerificationReport
    const found = report.subjects[0]?.signatures ?? []
    const verified = found.filter(s => s.verdict === 'verified').map(s => s.kind)
    const sbomRequirement = report.subjects[0]?.requirements.find(r => /sbom/i.test(r.requirement))
    if (sbomRequirement?.satisfied !== true) {
      throw new Error(`the SBOM requirement was not met: ${JSON.stringify(sbomRequirement)}`)
    }

    // The CLI reads registry credentials from the docker config, as docker login leaves them.
    const auth = Buffer.from(`${registry.credentials.username}:${registry.credentials.password}`)
    await writeFile(
      join(config, 'config.json'),
      JSON.stringify({ auths: { [registry.host]: { auth: auth.toString('base64') } } })
    )
    // Asynchronously: the registry and its token service answer from this very process.
    const cli = (args: string[]) =>
      new Promise<{ status: number; stdout: string; stderr: string }>(done => {
        execFile(
          process.execPath,
          [CLI, 'verify', ...args],
          { cwd: workspace, env: { ...process.env, DOCKER_CONFIG: config } },
          (error, stdout, stderr) =>
            done({ status: error === null ? 0 : Number(error.code), stdout, stderr })
        )
      })
    const keyless = [
      '--certificate-oidc-issuer',
      oidc.issuer,
      '--trusted-root',
      sigstore.trustedRootPath
    ]
    const files = await cli([
      '--certificate-identity',
      identity,
      ...keyless,
      'app-linux-amd64',
      'README.txt'
    ])
    if (files.status !== 0)
      throw new Error(`sign verify (files) failed:\n${files.stdout}${files.stderr}`)
    const blob = await cli([
      '--trust-policy',
      policyFiles.blobTrustPolicy,
      '--trust-store',
      policyFiles.trustStore,
      'app-darwin-arm64'
    ])
    if (blob.status !== 0)
      throw new Error(`sign verify (notation blob) failed:\n${blob.stdout}${blob.stderr}`)
    const prefix = `https://github.com/${repository.split('/')[0] ?? ''}/`
    const attack = await cli(['--certificate-identity-regexp', prefix, ...keyless, state.image])
    if (attack.status !== 1 || !attack.stdout.includes('does not match')) {
      throw new Error(`an identity prefix was accepted:\n${attack.stdout}${attack.stderr}`)
    }
    return [
      `action: ${state.image} passed the policy (keyless signature by the release workflow AND notation signature by the Key Vault certificate AND an SPDX SBOM attested by the workflow): ${verified.join(', ')} verified; ${sbomRequirement.requirement} met`,
      'sign verify: app-linux-amd64 and README.txt verified from their .sigstore.json bundles',
      'sign verify: app-darwin-arm64 verified from its .cose.sig against the blob trust policy',
      `sign verify: the identity regexp ${prefix} is anchored, so it matches nothing (exit 1)`
    ]
  }
}
