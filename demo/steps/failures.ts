import { execFile } from 'node:child_process'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { createRegistryClient, listReferrers, pushImage, staticCredentials } from '@sign/oci'
import {
  bundleEntry,
  executeAction,
  sampleImage,
  selfSignedCodeSigningChain,
  startFaultProxy,
  type ActionResult,
  type FaultProxy
} from '@sign/testenv'
import { DEMO_CLIENT_ID, type DemoEnvironment } from '../environment.ts'
import type { DemoStep } from '../step.ts'

const root = resolve(import.meta.dirname, '../..')
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

/**
 * What a release meets on a bad day, and what it is told: a registry and a Sigstore failing a
 * quarter of their requests (the release still signs, each image exactly once), Key Vault
 * refusing to sign for want of a role (a configuration error naming the role and the command
 * that grants it), and a path with no file behind it (refused before any request, exit code 2).
 */
export const failures: DemoStep = {
  title: 'a bad day: flaky services, a refused permission, a wrong path — each told for what it is',
  async run(env) {
    return [await flakyServices(env), await refusedPermission(env), await missingFile(env)]
  }
}

function runDist(options: {
  env: DemoEnvironment
  name: string
  inputs: Record<string, string>
}): Promise<ActionResult> {
  return executeAction({
    entry: join(root, 'dist', options.name, 'index.js'),
    actionYml: join(root, 'actions', options.name, 'action.yml'),
    workspace: options.env.workspace,
    idToken: options.env.oidc.actionsEnv(),
    inputs: { 'github-token': '', ...options.inputs },
    timeoutMs: 120_000
  })
}

function errors(result: ActionResult): string {
  return result.annotations
    .filter(annotation => annotation.level === 'error')
    .map(annotation => annotation.message)
    .join('\n')
}

async function flakyServices(env: DemoEnvironment): Promise<string> {
  const { registry, sigstore } = env
  // Faults at random, keyed to each request, never more than 3 in a row for one request.
  const plan = { seed: 'demo-bad-day', rate: 0.25, slowMs: 300, maxConsecutive: 3 }
  const proxies: FaultProxy[] = []
  try {
    const registryProxy = await startFaultProxy({ ...plan, upstream: registry.url, tls: true })
    proxies.push(registryProxy)
    const sigstoreProxy = await startFaultProxy({ ...plan, upstream: sigstore.url })
    proxies.push(sigstoreProxy)
    const client = createRegistryClient({
      credentials: staticCredentials({
        [registry.host]: { kind: 'basic', ...registry.credentials }
      })
    })
    const repo = { registry: registry.host, repository: 'octo-org/flaky' }
    const images = []
    for (let n = 0; n < 3; n++) {
      const image = sampleImage({ layerText: `flaky day image ${n}\n` })
      await pushImage({ client, repo, reference: `v${n}`, ...image })
      images.push(image.digest)
    }
    const result = await runDist({
      env,
      name: 'cosign-keyless',
      inputs: {
        images: images
          .map(digest => `${registryProxy.host}/${repo.repository}@${digest}`)
          .join('\n'),
        'fulcio-url': sigstoreProxy.url,
        'rekor-url': sigstoreProxy.url,
        'tsa-url': sigstoreProxy.url,
        'registry-username': registry.credentials.username,
        'registry-password': registry.credentials.password
      }
    })
    if (result.exitCode !== 0) throw new Error(`cosign-keyless failed: ${errors(result)}`)
    for (const digest of images) {
      const { referrers } = await listReferrers({ client, repo, subjectDigest: digest })
      const bundles = referrers.filter(referrer => referrer.artifactType === BUNDLE)
      if (bundles.length !== 1) {
        throw new Error(`${digest} has ${bundles.length} signatures after the flaky run, not 1`)
      }
    }
    const faults = proxies.flatMap(proxy => proxy.log).filter(request => request.fault)
    const kinds = [...new Set(faults.map(request => request.fault))].sort().join(', ')
    return `cosign-keyless signed 3 images through a registry and a Sigstore failing 25 % of requests (${faults.length} faults: ${kinds}): the step passed and each image has exactly one signature`
  } finally {
    for (const proxy of proxies) await proxy.stop()
  }
}

async function refusedPermission(env: DemoEnvironment): Promise<string> {
  const chain = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  const key = await env.vault.addKey({
    name: 'no-role-signer',
    certificateChain: chain,
    forbid: { sign: 'rbac' }
  })
  await mkdir(join(env.workspace, 'refused'), { recursive: true })
  await writeFile(join(env.workspace, 'refused', 'app.bin'), 'a release binary\n')
  const result = await runDist({
    env,
    name: 'notation-sign-akv',
    inputs: {
      'key-id': key.keyId,
      'client-id': DEMO_CLIENT_ID,
      'tenant-id': env.entra.tenantId.toUpperCase(),
      'authority-host': env.entra.url,
      files: 'refused/app.bin'
    }
  })
  const message = errors(result)
  if (result.exitCode === 0 || !message.includes('"Key Vault Crypto User" role')) {
    throw new Error(`notation-sign-akv did not name the missing role: ${message}`)
  }
  const command = message.split('\n').find(line => line.startsWith('az role assignment create'))
  if (command === undefined) throw new Error(`no command to grant the role: ${message}`)
  const written = await readdir(join(env.workspace, 'refused'))
  if (written.join() !== 'app.bin') throw new Error(`a refused step wrote ${written.join(', ')}`)
  return `notation-sign-akv (tenant-id given in upper case, accepted) met Key Vault's 403 ForbiddenByRbac: a configuration error naming Input 'key-id', the "Key Vault Crypto User" role and \`${command.replace(/--scope .*/, '--scope …')}\`; nothing signed`
}

async function missingFile(env: DemoEnvironment): Promise<string> {
  const { stderr, code } = await promisify(execFile)(
    process.execPath,
    [
      bundleEntry('cli'),
      'verify',
      './no-such-file.bin',
      '--certificate-identity-regexp',
      '^https://github\\.com/octo-org/',
      '--certificate-oidc-issuer',
      env.oidc.issuer
    ],
    { cwd: env.workspace, encoding: 'utf8' }
  ).then(
    () => ({ stderr: '', code: 0 }),
    (error: { stderr: string; code: number }) => ({ stderr: error.stderr, code: error.code })
  )
  if (code !== 2 || !stderr.includes('no file is there')) {
    throw new Error(`sign verify on a missing file: exit ${code}, ${stderr}`)
  }
  return `sign verify on a path with no file: exit 2 (a configuration error, not a failed verification nor a bug): "${stderr.trim().split('\n')[0]}"`
}
