import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { createRegistryClient, formatReference, pushImage } from '@sign/oci'
import { bundleEntry, executeAction, referenceTool, sampleImage } from '@sign/testenv'
import type { VerificationReport } from '@sign/verify'
import { DEMO_CLIENT_ID } from '../environment.ts'
import type { DemoStep } from '../step.ts'
import { writeVerifyPolicy } from './verify-policy.ts'

const root = resolve(import.meta.dirname, '../..')

/** Runs a reference tool; resolves with its exit code and output whatever the code. */
function tool(
  name: string,
  args: string[],
  env: Record<string, string> = {}
): Promise<{ code: number; output: string }> {
  return new Promise(done => {
    execFile(
      referenceTool({ name }).path,
      args,
      { env: { ...process.env, ...env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = (error as { code?: unknown } | null)?.code
        done({
          code: error === null ? 0 : typeof code === 'number' ? code : -1,
          output: `${stdout}${stderr}`
        })
      }
    )
  })
}

function fail(what: string, result: { output: string }): never {
  throw new Error(`${what}:\n${result.output}`)
}

/**
 * On the registry with the OCI 1.1 referrers API: both signing actions sign one image, and the
 * reference tools read what they wrote — cosign verify (the exact workflow identity; another is
 * refused), notation verify (the Key Vault certificate in its trust store), oras discover (both
 * referrers, by artifact type) — and the verify action passes the same policy as on the registry
 * without the API.
 */
export const referenceTools: DemoStep = {
  title: 'reference tools: cosign, notation and oras read what the suite wrote (referrers API)',
  async run({ oidc, sigstore, entra, referrersRegistry: registry, workspace }, state) {
    if (!state.notationCertificate || !state.notationKeyId) {
      throw new Error('the notation-sign-akv step did not run')
    }
    const repository = 'octo-org/octo-repo'
    const repo = { registry: registry.host, repository }
    const pushed = await pushImage({
      client: createRegistryClient(),
      repo,
      reference: 'v1.2.3',
      ...sampleImage({ layerText: 'sign demo layer on the referrers API\n' })
    })
    const image = `${registry.host}/${repository}:v1.2.3`
    const pinned = formatReference({ ...repo, digest: pushed.digest })
    const open = { 'registry-username': '', 'registry-password': '', 'github-token': '' }

    const keyless = await executeAction({
      entry: bundleEntry('cosign-keyless'),
      actionYml: join(root, 'actions/cosign-keyless/action.yml'),
      workspace,
      idToken: oidc.actionsEnv(),
      inputs: {
        images: image,
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'tsa-url': sigstore.tsaUrl,
        ...open
      }
    })
    if (keyless.exitCode !== 0)
      fail('cosign-keyless failed', { output: keyless.annotations.map(a => a.message).join('; ') })
    const notation = await executeAction({
      entry: bundleEntry('notation-sign-akv'),
      actionYml: join(root, 'actions/notation-sign-akv/action.yml'),
      workspace,
      idToken: oidc.actionsEnv(),
      inputs: {
        'key-id': state.notationKeyId,
        'client-id': DEMO_CLIENT_ID,
        'tenant-id': entra.tenantId,
        'authority-host': entra.url,
        images: image,
        ...open
      }
    })
    if (notation.exitCode !== 0)
      fail('notation-sign-akv failed', {
        output: notation.annotations.map(a => a.message).join('; ')
      })

    const { repository: workflowRepository, workflowPath, ref } = oidc.workflow
    const identity = `https://github.com/${workflowRepository}/${workflowPath}@${ref}`
    const cosignVerify = (certificateIdentity: string) =>
      tool('cosign', [
        'verify',
        '--trusted-root',
        sigstore.trustedRootPath,
        '--certificate-identity',
        certificateIdentity,
        '--certificate-oidc-issuer',
        oidc.issuer,
        '--allow-http-registry',
        pinned
      ])
    const cosignOk = await cosignVerify(identity)
    if (cosignOk.code !== 0) fail('cosign verify refused our bundle referrer', cosignOk)
    const other = identity.replace(/@.*$/, '@refs/heads/main')
    const cosignOther = await cosignVerify(other)
    if (!state.sbomFile) throw new Error('the sbom-attach step did not run')
    const sbomAttestation = await tool('cosign', [
      'verify-blob-attestation',
      '--type',
      'spdxjson',
      '--trusted-root',
      sigstore.trustedRootPath,
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      oidc.issuer,
      '--bundle',
      join(workspace, state.sbomFile.attestation),
      join(workspace, state.sbomFile.file)
    ])
    if (sbomAttestation.code !== 0) {
      fail('cosign verify-blob-attestation refused our SBOM attestation', sbomAttestation)
    }
    if (cosignOther.code === 0 || !cosignOther.output.includes('no matching CertificateIdentity')) {
      fail('cosign verify accepted another identity', cosignOther)
    }

    const home = await mkdtemp(join(workspace, 'notation-home-'))
    try {
      const config = join(home, 'notation')
      const policyFiles = await writeVerifyPolicy({
        directory: config,
        scopes: [`${registry.host}/${repository}`],
        certificate: state.notationCertificate,
        trustedRootPath: sigstore.trustedRootPath,
        identity,
        issuer: oidc.issuer,
        repository: workflowRepository
      })
      // notation 1.3 reads the OCI trust policy from trustpolicy.json.
      await writeFile(join(config, 'trustpolicy.json'), await readFile(policyFiles.ociTrustPolicy))
      const notationOk = await tool('notation', ['verify', '--insecure-registry', pinned], {
        XDG_CONFIG_HOME: home,
        HOME: home
      })
      if (notationOk.code !== 0) fail('notation verify refused our signature', notationOk)

      const discovered = await tool('oras', [
        'discover',
        '--plain-http',
        '--format',
        'json',
        pinned
      ])
      if (discovered.code !== 0) fail('oras discover failed', discovered)
      const types = (
        (JSON.parse(discovered.output) as { referrers?: { artifactType: string }[] }).referrers ??
        []
      )
        .map(referrer => referrer.artifactType)
        .sort()

      const reportPath = join(home, 'report.json')
      const verified = await executeAction({
        entry: bundleEntry('verify'),
        actionYml: join(root, 'actions/verify/action.yml'),
        workspace,
        inputs: { images: pinned, policy: policyFiles.policy, report: reportPath, ...open }
      })
      if (verified.exitCode !== 0)
        fail('verify failed', { output: verified.annotations.map(a => a.message).join('; ') })
      const report = JSON.parse(await readFile(reportPath, 'utf8')) as VerificationReport
      const kinds = (report.subjects[0]?.signatures ?? [])
        .filter(signature => signature.verdict === 'verified')
        .map(signature => signature.kind)
      return [
        `${registry.server} (referrers API): cosign-keyless and notation-sign-akv signed ${pinned}`,
        `cosign ${referenceTool({ name: 'cosign' }).version} verify: our bundle referrer passes for ${identity}; another identity is refused`,
        `cosign verify-blob-attestation --type spdxjson: the SBOM attestation of ${state.sbomFile.file} passes`,
        `notation ${referenceTool({ name: 'notation' }).version} verify: our Key Vault signature passes with the certificate in its trust store`,
        `oras ${referenceTool({ name: 'oras' }).version} discover: ${types.join(', ')}`,
        `verify action, the same policy: ${kinds.join(', ')} verified`
      ]
    } finally {
      await rm(home, { recursive: true, force: true })
    }
  }
}
