// A release against a flaky registry and a flaky Sigstore: 20 % of the requests to both test
// registries (basic and token, and the token registry's token service) and to Fulcio, Rekor and
// the TSA meet a fault from the proxies in
// front of them (503, 500, 502, 429 + Retry-After: 1, a reset before the request is forwarded, a
// response dropped after the server acted, a slow answer). cosign-keyless and notation-sign-akv
// sign 20 images and 10 files through dist, verify passes for all of them, and each image ends
// with exactly one bundle referrer and one notation signature.
//
// Time budget: the three steps together finish within 100 s (about 45 s on 2 cores).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { listReferrers, pushImage } from '@sign/oci'
import {
  FAULT_KINDS,
  executeAction,
  makeWorkspace,
  sampleImage,
  type ActionResult
} from '@sign/testenv'
import { CLIENT_ID, startFlakyEnvironment, type FlakyEnvironment } from './flaky-environment.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const ISSUER = 'https://token.actions.githubusercontent.com'
const FAULT_RATE = 0.2
const IMAGES_PER_REGISTRY = 10
const FILES = 10
const BUDGET_MS = 100_000
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
const NOTATION = 'application/vnd.cncf.notary.signature'

let env: FlakyEnvironment
/** Each image: its reference through a proxy, and where it lives on the registry itself. */
let images: { reference: string; registry: string; repository: string; digest: string }[]

before(async () => {
  env = await startFlakyEnvironment({ seed: 'flaky-release', rate: FAULT_RATE, slowMs: 800 })
  images = []
  for (const [registry, proxy] of [
    [env.basic, env.proxies.basic],
    [env.token, env.proxies.token]
  ] as const) {
    for (let n = 0; n < IMAGES_PER_REGISTRY; n++) {
      const repository = `octo-org/app-${n % 3}`
      const image = sampleImage()
      const repo = { registry: registry.host, repository }
      await pushImage({ client: env.direct, repo, reference: `v${n}`, ...image })
      const reference = `${proxy.host}/${repository}@${image.digest}`
      images.push({ reference, registry: registry.host, repository, digest: image.digest })
    }
  }
})
after(() => env.stop())

function runDist(options: {
  name: string
  workspace: string
  inputs: Record<string, string>
}): Promise<ActionResult> {
  return executeAction({
    entry: join(ROOT, 'dist', options.name, 'index.js'),
    actionYml: join(ROOT, 'actions', options.name, 'action.yml'),
    workspace: options.workspace,
    idToken: env.oidc.actionsEnv(),
    inputs: {
      'registry-username': env.credentials.username,
      'registry-password': env.credentials.password,
      'github-token': '',
      ...options.inputs
    },
    env: { DOCKER_CONFIG: join(tmpdir(), 'flaky-release-no-docker-config') },
    timeoutMs: BUDGET_MS
  })
}

const errors = (result: ActionResult): string =>
  result.annotations
    .filter(annotation => annotation.level === 'error')
    .map(annotation => annotation.message)
    .join('\n') || result.log.slice(-4000)

/** The notation trust store and policies, and a verify policy requiring both signatures. */
async function writePolicy(dir: string): Promise<string> {
  const store = join(dir, 'truststore')
  await mkdir(join(store, 'x509/ca/release'), { recursive: true })
  await writeFile(join(store, 'x509/ca/release/release.crt'), env.notationRootPem)
  const statement = {
    name: 'release',
    signatureVerification: { level: 'strict', override: { revocation: 'skip' } },
    trustStores: ['ca:release'],
    trustedIdentities: ['*']
  }
  const oci = join(dir, 'trustpolicy.oci.json')
  const blob = join(dir, 'trustpolicy.blob.json')
  await writeFile(
    oci,
    JSON.stringify({ version: '1.0', trustPolicies: [{ ...statement, registryScopes: ['*'] }] })
  )
  await writeFile(
    blob,
    JSON.stringify({ version: '1.0', trustPolicies: [{ ...statement, globalPolicy: true }] })
  )
  const { repository, workflowPath, ref } = env.oidc.workflow
  const policy = join(dir, 'policy.yml')
  await writeFile(
    policy,
    `version: 1
trust:
  trusted-root: ${env.stack.trustedRootPath}
  notation:
    trust-policy: [${oci}, ${blob}]
    trust-store: ${store}
signers:
  release:
    certificate-identity: https://github.com/${repository}/${workflowPath}@${ref}
    certificate-oidc-issuer: ${ISSUER}
  akv:
    notation: true
require:
  - signature: release
  - signature: akv
`
  )
  return policy
}

test('a release signs and verifies through registries and Sigstore failing 20 % of requests', async t => {
  const workspace = await makeWorkspace(t, {})
  for (let n = 0; n < FILES; n++) {
    await writeFile(join(workspace, `release-${n}.bin`), `release file ${n}\n`)
  }
  const imageList = images.map(image => image.reference).join('\n')
  const sigstore = env.proxies.sigstore.url
  const started = Date.now()

  const keyless = await runDist({
    name: 'cosign-keyless',
    workspace,
    inputs: {
      images: imageList,
      files: 'release-*.bin',
      'fulcio-url': sigstore,
      'rekor-url': sigstore,
      'tsa-url': sigstore
    }
  })
  assert.equal(keyless.exitCode, 0, errors(keyless))
  const notation = await runDist({
    name: 'notation-sign-akv',
    workspace,
    inputs: {
      images: imageList,
      files: 'release-*.bin',
      'key-id': env.notationKeyId,
      'certificate-source': 'secret',
      'client-id': CLIENT_ID,
      'tenant-id': env.entra.tenantId,
      'authority-host': env.entra.url
    }
  })
  assert.equal(notation.exitCode, 0, errors(notation))
  const policy = await writePolicy(workspace)
  const report = join(workspace, 'report.json')
  const verified = await runDist({
    name: 'verify',
    workspace,
    inputs: { images: imageList, files: `${workspace}/release-*.bin`, policy, report }
  })
  assert.equal(verified.exitCode, 0, errors(verified))
  const elapsed = Date.now() - started

  assert.equal(verified.outputs['verified'], 'true')
  const subjects = (
    JSON.parse(await readFile(report, 'utf8')) as {
      subjects: { verified: boolean }[]
    }
  ).subjects
  assert.equal(subjects.length, images.length + FILES)
  assert.ok(subjects.every(subject => subject.verified))

  // Read from the registries themselves: no retry or proxy between the assertion and the truth.
  for (const image of images) {
    const { referrers } = await listReferrers({
      client: env.direct,
      repo: { registry: image.registry, repository: image.repository },
      subjectDigest: image.digest
    })
    const types = referrers.map(referrer => referrer.artifactType).sort()
    assert.deepEqual(types, [BUNDLE, NOTATION].sort(), `referrers of ${image.reference}`)
  }

  const faults = env.faults()
  t.diagnostic(`faults injected: ${JSON.stringify(faults)}`)
  t.diagnostic(
    `requests: basic ${env.proxies.basic.log.length}, token ${env.proxies.token.log.length}, token service ${env.proxies.tokenService.log.length}, sigstore ${env.proxies.sigstore.log.length}`
  )
  t.diagnostic(
    `steps: cosign-keyless ${keyless.durationMs} ms, notation-sign-akv ${notation.durationMs} ms, verify ${verified.durationMs} ms`
  )
  const ambiguous = [env.proxies.basic, env.proxies.token, env.proxies.sigstore]
    .flatMap(proxy => proxy.log)
    .filter(
      r => r.fault === 'drop-response' && (r.method === 'POST' || r.path.includes('/uploads/'))
    )
  t.diagnostic(`answers lost after a non-idempotent request acted: ${ambiguous.length}`)
  for (const kind of FAULT_KINDS) assert.ok(faults[kind] > 0, `no ${kind} fault was injected`)
  const sigstoreFaults = env.proxies.sigstore.log.filter(r => r.fault !== undefined).length
  assert.ok(sigstoreFaults > 0, 'Fulcio, Rekor or the TSA met faults too')
  const tokenFaults = env.proxies.tokenService.log.filter(r => r.fault !== undefined).length
  assert.ok(tokenFaults > 0, "the token registry's token service met faults too")
  assert.ok(elapsed < BUDGET_MS, `the three steps took ${elapsed} ms`)
})
