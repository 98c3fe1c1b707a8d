// Images through dist/: an index signed recursively (the index and each platform manifest), with
// cosign's legacy .sig tag besides the v3 bundle referrers, with services from a signing config —
// on distribution (no referrers API: each referrer also goes into the tag schema's index tag) and
// on olareg (the referrers API lists them, and no index tag is written).
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, verify } from 'node:crypto'
import { fetchBlob, fetchManifest, type ImageManifest } from '@sign/oci'
import { startKeylessEnvironment, type KeylessEnvironment } from './fixtures/environment.ts'
import { pushIndex } from './fixtures/images.ts'
import {
  actionRegistryKinds,
  expectedTags,
  type ActionRegistryKind
} from './fixtures/registries.ts'
import { listTags } from '@sign/oci'
import { errorMessages, runKeyless, signaturesOutput } from './fixtures/run-keyless.ts'
import {
  COSIGN_SIGN_PREDICATE,
  WORKFLOW_IDENTITY,
  imageBundles,
  verifierFor,
  verifyImageBundle
} from './fixtures/verify.ts'
import { makeWorkspace } from '@sign/testenv'

let env: KeylessEnvironment
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'basic', referrersRegistry: true })
})
after(() => env.stop())

for (const kind of actionRegistryKinds({ auth: 'basic' })) {
  test(`recursive signs an index and every platform manifest; legacy-tag-format adds the .sig tags, on ${kind.name}`, async t => {
    await recursiveScenario(t, kind)
  })
}

async function recursiveScenario(t: TestContext, kind: ActionRegistryKind): Promise<void> {
  const { stack } = env
  const { client, registry } = env.on(kind)
  const repo = { registry: registry.host, repository: 'octo-org/multi' }
  const { index, platforms } = await pushIndex({ client, repo, tag: 'v2' })
  const workspace = await makeWorkspace(t, {})
  const result = await runKeyless(env, {
    workspace,
    registry,
    inputs: {
      // The services come from the stack's signing config this time, not from URL inputs.
      'fulcio-url': '',
      'rekor-url': '',
      'tsa-url': '',
      'signing-config': stack.signingConfigPath,
      images: `${registry.host}/octo-org/multi:v2`,
      recursive: 'true',
      'legacy-tag-format': 'true'
    }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))

  const digests = [index, ...platforms].map(descriptor => descriptor.digest)
  const signatures = signaturesOutput(result)
  assert.deepEqual(
    signatures.map(entry => [entry.subject, entry.kind]).sort(),
    digests.map(digest => [`${registry.host}/octo-org/multi@${digest}`, 'image']).sort()
  )

  const verifier = verifierFor(stack)
  for (const digest of digests) {
    // The v3 bundle referrer, about exactly this manifest.
    const [found, ...more] = await imageBundles({ client, repo, digest })
    assert.ok(found && more.length === 0, `one bundle referrer for ${digest}`)
    assert.equal(found.listedBy, kind.referrersApi ? 'api' : 'tag-schema')
    const { statement } = verifyImageBundle(verifier, found.bundle)
    assert.equal(statement.predicateType, COSIGN_SIGN_PREDICATE)
    assert.deepEqual(statement.subject[0]?.digest, { sha256: digest.slice(7) })

    // The legacy signature image at sha256-<hex>.sig: a simple-signing payload naming the
    // repository and this digest, signed with the same workflow certificate.
    const tag = `sha256-${digest.slice(7)}.sig`
    const entry = signatures.find(item => item.digest === digest)
    assert.deepEqual(entry?.legacy, [`${registry.host}/octo-org/multi:${tag}`])
    const fetched = await fetchManifest({ client, repo, reference: tag })
    const manifest = JSON.parse(fetched?.bytes.toString() ?? '{}') as ImageManifest
    const [layer] = manifest.layers
    assert.equal(layer?.mediaType, 'application/vnd.dev.cosign.simplesigning.v1+json')
    const payload = await fetchBlob({ client, repo, digest: layer.digest })
    const claim = JSON.parse(payload.toString()) as {
      critical: { identity: Record<string, string>; image: Record<string, string>; type: string }
    }
    assert.deepEqual(claim.critical, {
      identity: { 'docker-reference': `${registry.host}/octo-org/multi` },
      image: { 'docker-manifest-digest': digest },
      type: 'cosign container image signature'
    })
    const certificate = new X509Certificate(
      layer.annotations?.['dev.sigstore.cosign/certificate'] ?? ''
    )
    assert.equal(certificate.subjectAltName, `URI:${WORKFLOW_IDENTITY}`)
    const signature = Buffer.from(
      layer.annotations?.['dev.cosignproject.cosign/signature'] ?? '',
      'base64'
    )
    assert.ok(verify('sha256', payload, certificate.publicKey, signature))
    assert.ok(layer.annotations?.['dev.sigstore.cosign/bundle'], 'the Rekor bundle annotation')
  }

  // The tag is untouched; besides it only signatures and, without the referrers API, the
  // referrer indexes were tagged.
  assert.deepEqual(
    await listTags({ client, repo }),
    expectedTags({
      registry,
      tags: ['v2'],
      signed: digests,
      extra: digests.map(digest => `sha256-${digest.slice(7)}.sig`)
    })
  )
}
