// The whole path through dist/: 20 release files and 3 images signed in one step against the
// Sigstore stack and a registry — distribution with token auth (no referrers API: the tag schema)
// or olareg (the referrers API, no auth) — then verified with @sigstore/verify as cosign would.
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { VerificationError } from '@sigstore/verify'
import { findSecretLeaks } from '@sign/testenv'
import { startKeylessEnvironment, type KeylessEnvironment } from './fixtures/environment.ts'
import { pushImage, registryLogLength, registryRequests } from './fixtures/images.ts'
import {
  actionRegistryKinds,
  expectedTags,
  registryPassword,
  type ActionRegistryKind
} from './fixtures/registries.ts'
import { errorMessages, runKeyless, signaturesOutput } from './fixtures/run-keyless.ts'
import {
  BUNDLE_V03,
  COSIGN_SIGN_PREDICATE,
  WORKFLOW_IDENTITY,
  imageBundles,
  verifierFor,
  verifyFile,
  verifyImageBundle
} from './fixtures/verify.ts'
import { listFiles, makeWorkspace, releaseFiles, sha256Hex } from '@sign/testenv'
import { listTags } from '@sign/oci'

let env: KeylessEnvironment
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'token', referrersRegistry: true })
})
after(() => env.stop())

for (const kind of actionRegistryKinds({ auth: 'token' })) {
  test(`20 files and 3 images: one certificate, cosign v3 signatures that verify, tags resolved once, on ${kind.name}`, async t => {
    await signScenario(t, kind)
  })
}

async function signScenario(t: TestContext, kind: ActionRegistryKind): Promise<void> {
  const { stack } = env
  const { client, registry } = env.on(kind)
  const repo = { registry: registry.host, repository: 'octo-org/app' }
  const tagged = await pushImage({ client, repo, tag: 'v1.2.3' })
  const byDigest = [await pushImage({ client, repo }), await pushImage({ client, repo })]
  const files = releaseFiles(20)
  const workspace = await makeWorkspace(t, files)
  const images = [
    `${registry.host}/octo-org/app:v1.2.3`,
    ...byDigest.map(image => `${registry.host}/octo-org/app@${image.digest}`)
  ]
  stack.requests.reset()
  const logOffset = registryLogLength(registry)

  const result = await runKeyless(env, {
    workspace,
    registry,
    inputs: { images: images.join('\n'), files: 'dist/*.bin' },
    keepTemp: true
  })
  t.after(() => rm(result.tempDir ?? '', { recursive: true, force: true }))
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)

  // One certificate for all 23 signatures: a single Fulcio request, one Rekor entry each.
  assert.equal(stack.requests.fulcio, 1)
  assert.equal(stack.requests.rekor, 23)

  // The tag was used once, by one HEAD; everything after went by digest.
  await new Promise(resolve => setTimeout(resolve, 200))
  const requests = registryRequests(registry, logOffset)
  assert.deepEqual(
    requests.filter(request => request.endsWith('/manifests/v1.2.3')),
    ['HEAD /v2/octo-org/app/manifests/v1.2.3']
  )

  // The output lists all 23 with their digests; the tagged image is reported by digest.
  const signatures = signaturesOutput(result)
  assert.equal(signatures.length, 23)
  const imageEntries = signatures.filter(entry => entry.kind === 'image')
  assert.deepEqual(
    imageEntries.map(entry => [entry.subject, entry.digest]).sort(),
    [tagged, ...byDigest]
      .map(image => [`${registry.host}/octo-org/app@${image.digest}`, image.digest])
      .sort()
  )
  const fileEntries = signatures.filter(entry => entry.kind === 'file')
  assert.deepEqual(
    fileEntries.map(entry => [entry.subject, entry.digest, entry.bundle]).sort(),
    Object.entries(files)
      .map(([name, data]) => [name, `sha256:${sha256Hex(data)}`, `${name}.sigstore.json`])
      .sort()
  )
  for (const entry of signatures) {
    assert.ok(Number.isInteger(entry.rekorLogIndex), `${entry.subject} has a Rekor log index`)
    assert.equal(
      entry.rekorEntryUrl,
      `${stack.rekorUrl}/api/v1/log/entries?logIndex=${entry.rekorLogIndex}`
    )
  }

  // Every file's bundle verifies over the file: the stack's root, the exact identity and issuer.
  const verifier = verifierFor(stack)
  const certificates = new Set<string>()
  for (const name of Object.keys(files)) {
    const signer = await verifyFile(verifier, join(workspace, name))
    assert.equal(signer.identity?.subjectAlternativeName, WORKFLOW_IDENTITY)
    const bundle = JSON.parse(await readFile(join(workspace, `${name}.sigstore.json`), 'utf8')) as {
      mediaType: string
      verificationMaterial: { certificate: { rawBytes: string } }
    }
    assert.equal(bundle.mediaType, BUNDLE_V03, 'cosign v3 writes v0.3 bundles')
    certificates.add(bundle.verificationMaterial.certificate.rawBytes)
  }
  assert.equal(certificates.size, 1, 'every file carries the same certificate')

  // A tampered file fails verification.
  const tampered = join(workspace, 'dist/app-7.bin')
  await writeFile(
    tampered,
    Buffer.concat([files['dist/app-7.bin'] ?? Buffer.alloc(0), Buffer.from('!')])
  )
  await assert.rejects(
    verifyFile(verifier, tampered),
    (error: unknown) => error instanceof VerificationError && error.code === 'SIGNATURE_ERROR'
  )

  // Each image has exactly one bundle referrer whose statement is about the image's digest.
  for (const image of [tagged, ...byDigest]) {
    const bundles = await imageBundles({ client, repo, digest: image.digest })
    assert.equal(bundles.length, 1, `one bundle referrer for ${image.digest}`)
    const [{ referrer, listedBy, manifest, bundle }] = bundles as [(typeof bundles)[0]]
    assert.equal(listedBy, kind.referrersApi ? 'api' : 'tag-schema')
    assert.equal(manifest.artifactType, BUNDLE_V03)
    assert.equal(manifest.subject?.digest, image.digest)
    assert.equal(manifest.annotations?.['dev.sigstore.bundle.predicateType'], COSIGN_SIGN_PREDICATE)
    assert.equal(manifest.annotations?.['dev.sigstore.bundle.content'], 'dsse-envelope')
    const { signer, statement } = verifyImageBundle(verifier, bundle)
    assert.equal(signer.identity?.subjectAlternativeName, WORKFLOW_IDENTITY)
    assert.equal(statement.predicateType, COSIGN_SIGN_PREDICATE)
    assert.deepEqual(
      statement.subject.map(subject => subject.digest),
      [{ sha256: image.digest.slice('sha256:'.length) }]
    )
    const entry = imageEntries.find(item => item.digest === image.digest)
    assert.equal(entry?.referrer, referrer)
  }

  // The certificate output holds the one certificate the bundles carry.
  const pem = await readFile(result.outputs['certificate'] ?? '', 'utf8')
  const certificate = new X509Certificate(pem)
  assert.equal(certificate.subjectAltName, `URI:${WORKFLOW_IDENTITY}`)
  assert.equal(certificate.raw.toString('base64'), [...certificates][0])

  // The summary has a row per signature with its short digest (summary.test.ts checks the rest).
  assert.ok(
    result.summary.startsWith('<h2>✅ Sigstore keyless signatures: 23 subjects signed</h2>')
  )
  for (const entry of signatures) {
    const short = `${entry.digest.slice(0, 15)}…${entry.digest.slice(-8)}`
    assert.ok(result.summary.includes(`<td><code title="${entry.digest}">${short}</code></td>`))
  }
  assert.ok(result.summary.includes(WORKFLOW_IDENTITY), 'the summary names the signing identity')

  // No secret reached the log, the outputs or the summary: the job's OIDC token (masked when
  // fetched) and the registry password (masked from its input), where there is one.
  const jwt = result.masks.find(mask => mask.split('.').length === 3)
  assert.ok(jwt, 'the OIDC token was registered as a mask')
  assert.deepEqual(findSecretLeaks(result, jwt), [])
  const password = registryPassword(registry)
  if (password !== undefined) {
    assert.ok(result.masks.includes(password))
    assert.deepEqual(findSecretLeaks(result, password), [])
  }

  // The referrers: where there is no referrers API, in an index tag per image, which the step
  // reads and writes; olareg indexes them itself, and no index is read or tagged there.
  const digests = [tagged, ...byDigest].map(image => image.digest)
  assert.deepEqual(
    await listTags({ client, repo }),
    expectedTags({ registry, tags: ['v1.2.3'], signed: digests })
  )
  const indexRequests = requests.filter(request =>
    /\/manifests\/sha256-[0-9a-f]{64}$/.test(request)
  )
  assert.equal(indexRequests.length > 0, !kind.referrersApi, indexRequests.join('\n'))

  // Only the signatures were added to the workspace.
  assert.deepEqual(
    await listFiles(workspace),
    Object.keys(files)
      .flatMap(name => [name, `${name}.sigstore.json`])
      .sort()
  )
}
