// Produces the job summaries the browser check renders: each action's bundle (from SIGN_DIST_DIR,
// default dist/) run through the runner against the loopback test environment, once for a run
// that succeeds and once for a run that fails.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pushImage, resolveManifest } from '@sign/oci'
import {
  type ActionResult,
  buildAsset,
  bundleDirectory,
  executeAction,
  sampleImage,
  selfSignedCodeSigningChain
} from '@sign/testenv'
import {
  startInstallEnvironment,
  type InstallEnvironment
} from '../../actions/install/test/fixtures/environment.ts'
import {
  CLIENT_ID,
  startVerifyEnvironment,
  writeNotationTrust,
  type VerifyEnvironment
} from '../../actions/verify/test/fixtures/environment.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const ISSUER = 'https://token.actions.githubusercontent.com'
const REPOSITORY = 'octo-org/octo-repo'
const TOOLS = ['cosign', 'notation', 'notation-azure-kv', 'oras', 'syft']

export const ACTIONS = [
  'install',
  'cosign-keyless',
  'notation-sign-akv',
  'sbom-attach',
  'slsa-provenance',
  'verify'
] as const
export type ActionName = (typeof ACTIONS)[number]
export type Outcome = 'ok' | 'fail'

/** One step whose summary is checked: what ran, how, and what it left. */
export interface SummaryRun {
  action: ActionName
  outcome: Outcome
  /** What the run does, for test names (`an image and a file signed`). */
  scenario: string
  result: ActionResult
}

/** Runs `<dist>/<action>/index.js` as the runner would, in a fresh workspace. */
async function runAction(options: {
  action: ActionName
  inputs: Record<string, string>
  files?: Record<string, string>
  env?: Record<string, string>
  idToken?: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string }
}): Promise<ActionResult> {
  const workspace = await mkdtemp(join(tmpdir(), `summary-${options.action}-`))
  try {
    for (const [path, content] of Object.entries(options.files ?? {})) {
      await writeFile(join(workspace, path), content)
    }
    return await executeAction({
      entry: join(bundleDirectory(), options.action, 'index.js'),
      actionYml: join(ROOT, 'actions', options.action, 'action.yml'),
      workspace,
      inputs: options.inputs,
      env: { DOCKER_CONFIG: join(workspace, 'no-docker-config'), ...options.env },
      ...(options.idToken && { idToken: options.idToken }),
      timeoutMs: 120_000
    })
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

/** install: every tool of the test catalog; then a download that is not what the catalog pins. */
async function installRuns(env: InstallEnvironment): Promise<SummaryRun[]> {
  const run = async (inputs: Record<string, string>) => {
    const home = await mkdtemp(join(env.root, 'home-'))
    return runAction({
      action: 'install',
      inputs: {
        catalog: env.catalogPath,
        mirror: env.server.url,
        'trusted-root': env.stack.trustedRootPath,
        ...inputs
      },
      env: {
        RUNNER_TOOL_CACHE: await mkdtemp(join(env.root, 'tool-cache-')),
        HOME: home,
        XDG_CONFIG_HOME: join(home, 'xdg-config')
      }
    })
  }
  const ok = await run({ tools: TOOLS.join('\n') })
  const resolved = env.resolve({ tool: 'notation' })
  const path = new URL(resolved.url).pathname
  const tampered = await buildAsset({
    name: resolved.asset,
    format: resolved.format,
    tool: 'notation-but-evil',
    version: resolved.version,
    executable: resolved.executable
  })
  env.server.put(path, tampered.bytes)
  const fail = await run({ tools: 'cosign\nnotation' })
  return [
    { action: 'install', outcome: 'ok', scenario: 'five tools installed', result: ok },
    { action: 'install', outcome: 'fail', scenario: 'a tampered download', result: fail }
  ]
}

/**
 * The signing actions sign one image (cosign-keyless also a release file), sbom-attach describes
 * the release file, verify checks both signatures; then an image that is not there, a Key Vault key the identity may not sign with,
 * and a policy naming another workflow.
 */
async function signingRuns(env: VerifyEnvironment): Promise<SummaryRun[]> {
  const repo = { registry: env.registry.host, repository: REPOSITORY }
  await pushImage({ client: env.client, repo, reference: 'v1.2.3', ...sampleImage() })
  const { digest } = await resolveManifest({ client: env.client, repo, reference: 'v1.2.3' })
  const image = `${env.registry.host}/${REPOSITORY}@${digest}`
  const registryInputs = {
    'registry-username': env.registry.credentials.username,
    'registry-password': env.registry.credentials.password,
    'github-token': ''
  }
  const idToken = env.oidc.actionsEnv()
  const keyless = (inputs: Record<string, string>) =>
    runAction({
      action: 'cosign-keyless',
      inputs: {
        'fulcio-url': env.stack.fulcioUrl,
        'rekor-url': env.stack.rekorUrl,
        'tsa-url': env.stack.tsaUrl,
        ...registryInputs,
        ...inputs
      },
      files: { 'app-linux-amd64': 'the release binary\n' },
      idToken
    })
  const notation = (inputs: Record<string, string>) =>
    runAction({
      action: 'notation-sign-akv',
      inputs: {
        'certificate-source': 'secret',
        'client-id': CLIENT_ID,
        'tenant-id': env.entra.tenantId,
        'authority-host': env.entra.url,
        ...registryInputs,
        ...inputs
      },
      idToken
    })
  const sboms = (inputs: Record<string, string>) =>
    runAction({
      action: 'sbom-attach',
      inputs: {
        'fulcio-url': env.stack.fulcioUrl,
        'rekor-url': env.stack.rekorUrl,
        'tsa-url': env.stack.tsaUrl,
        ...registryInputs,
        ...inputs
      },
      files: { 'app-linux-amd64': 'the release binary\n' },
      idToken
    })
  const provenance = (inputs: Record<string, string>) =>
    runAction({
      action: 'slsa-provenance',
      inputs: {
        'fulcio-url': env.stack.fulcioUrl,
        'rekor-url': env.stack.rekorUrl,
        'tsa-url': env.stack.tsaUrl,
        ...registryInputs,
        ...inputs
      },
      files: { 'app-linux-amd64': 'the release binary\n', 'app-darwin-arm64': 'another\n' },
      idToken
    })
  const trustDir = await mkdtemp(join(tmpdir(), 'summary-trust-'))
  try {
    const trust = await writeNotationTrust({
      env,
      dir: trustDir,
      scope: `${repo.registry}/${REPOSITORY}`
    })
    const policy = join(trustDir, 'policy.yml')
    await writeFile(
      policy,
      `version: 1
trust:
  trusted-root: ${env.stack.trustedRootPath}
  notation:
    trust-policy: [${trust.ociPolicy}, ${trust.blobPolicy}]
    trust-store: ${trust.trustStore}
signers:
  release:
    certificate-identity: ${env.workflowIdentity}
    certificate-oidc-issuer: ${ISSUER}
    certificate-github-workflow-repository: ${REPOSITORY}
  akv:
    notation: true
require:
  - signature: release
  - signature: akv
`
    )
    const verify = (inputs: Record<string, string>) =>
      runAction({ action: 'verify', inputs: { ...registryInputs, ...inputs }, idToken })

    const keylessOk = await keyless({ images: image, files: 'app-linux-amd64' })
    const keylessFail = await keyless({ images: `${repo.registry}/${REPOSITORY}:no-such-tag` })
    const notationOk = await notation({ images: image, 'key-id': env.notationKeyId })
    const forbidden = await env.vault.addKey({
      name: 'sign-forbidden',
      certificateChain: await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } }),
      forbid: { sign: 'rbac' }
    })
    const notationFail = await notation({ images: image, 'key-id': forbidden.keyId })
    const sbomOk = await sboms({ files: 'app-linux-amd64', format: 'spdx-json,cyclonedx-json' })
    const sbomFail = await sboms({ images: `${repo.registry}/${REPOSITORY}:no-such-tag` })
    const provenanceOk = await provenance({ files: 'app-*', images: image })
    const provenanceFail = await provenance({
      images: `${repo.registry}/${REPOSITORY}:no-such-tag`
    })
    const verifyOk = await verify({ images: image, policy })
    const verifyFail = await verify({
      images: image,
      'certificate-identity': `https://github.com/${REPOSITORY}/.github/workflows/other.yml@refs/heads/main`,
      'certificate-oidc-issuer': ISSUER,
      'trusted-root': env.stack.trustedRootPath
    })
    return [
      {
        action: 'cosign-keyless',
        outcome: 'ok',
        scenario: 'an image and a release file signed',
        result: keylessOk
      },
      {
        action: 'cosign-keyless',
        outcome: 'fail',
        scenario: 'an image tag that does not exist',
        result: keylessFail
      },
      {
        action: 'notation-sign-akv',
        outcome: 'ok',
        scenario: 'an image signed with a Key Vault key',
        result: notationOk
      },
      {
        action: 'notation-sign-akv',
        outcome: 'fail',
        scenario: 'a Key Vault key the identity may not sign with',
        result: notationFail
      },
      {
        action: 'sbom-attach',
        outcome: 'ok',
        scenario: 'SPDX and CycloneDX SBOMs of a release file, attested',
        result: sbomOk
      },
      {
        action: 'sbom-attach',
        outcome: 'fail',
        scenario: 'an image tag that does not exist',
        result: sbomFail
      },
      {
        action: 'slsa-provenance',
        outcome: 'ok',
        scenario: 'provenance of two release files and an image',
        result: provenanceOk
      },
      {
        action: 'slsa-provenance',
        outcome: 'fail',
        scenario: 'an image tag that does not exist',
        result: provenanceFail
      },
      {
        action: 'verify',
        outcome: 'ok',
        scenario: 'a policy requiring both signatures',
        result: verifyOk
      },
      {
        action: 'verify',
        outcome: 'fail',
        scenario: 'signed by another workflow than the policy names',
        result: verifyFail
      }
    ]
  } finally {
    await rm(trustDir, { recursive: true, force: true })
  }
}

/**
 * Starts the two test environments (the release mirror for install; the OIDC issuer, Sigstore,
 * Entra ID, Key Vault and a registry for the others), runs the twelve steps and stops them.
 * Returned in ACTIONS order, ok before fail.
 */
export async function runSummaries(): Promise<SummaryRun[]> {
  const [install, signing] = await Promise.all([
    withEnvironment(startInstallEnvironment, installRuns),
    withEnvironment(startVerifyEnvironment, signingRuns)
  ])
  return [...install, ...signing]
}

async function withEnvironment<E extends { stop(): Promise<void> }, T>(
  start: () => Promise<E>,
  use: (env: E) => Promise<T>
): Promise<T> {
  const env = await start()
  try {
    return await use(env)
  } finally {
    await env.stop()
  }
}
