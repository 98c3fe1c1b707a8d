// Images through the built bundle, on both registries: each image gets its own statement (the
// repository without its tag, the manifest digest), attached as a cosign v3 bundle referrer with
// its predicate type annotated, as GitHub's attest action's push-to-registry writes it; with
// push-to-registry false nothing is pushed and the statement is still reported.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { pushImage, type Repository } from '@sign/oci'
import { makeWorkspace, sampleImage } from '@sign/testenv'
import {
  startKeylessEnvironment,
  type KeylessEnvironment
} from '../../cosign-keyless/test/fixtures/environment.ts'
import { actionRegistryKinds } from '../../cosign-keyless/test/fixtures/registries.ts'
import { imageBundles } from '../../cosign-keyless/test/fixtures/verify.ts'
import {
  errorMessages,
  provenanceOutput,
  runSlsaProvenance
} from './fixtures/run-slsa-provenance.ts'
import { expectedGithubStatement, verifiedStatement } from './fixtures/statements.ts'

let env: KeylessEnvironment
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'token', referrersRegistry: true })
})
after(() => env.stop())

for (const kind of actionRegistryKinds({ auth: 'token' })) {
  test(`an image on ${kind.name}: its provenance as a bundle referrer with the predicate type`, async t => {
    const { registry, client } = env.on(kind)
    const repo: Repository = { registry: registry.host, repository: 'octo/app' }
    const image = await pushImage({ client, repo, reference: 'v1', ...sampleImage() })
    const workspace = await makeWorkspace(t, {})
    const result = await runSlsaProvenance(env, {
      workspace,
      registry,
      inputs: { images: `${registry.host}/octo/app:v1` }
    })
    assert.equal(result.exitCode, 0, errorMessages(result))
    const [record, ...more] = provenanceOutput(result)
    assert.equal(more.length, 0)
    assert.equal(record?.image, `${registry.host}/octo/app@${image.digest}`)
    const bundles = (await imageBundles({ client, repo, digest: image.digest })).filter(
      item => item.referrer === record?.referrer
    )
    assert.equal(bundles.length, 1)
    const [bundle] = bundles
    assert.equal(bundle?.listedBy, kind.referrersApi ? 'api' : 'tag-schema')
    assert.deepEqual(
      bundle?.manifest.annotations?.['dev.sigstore.bundle.predicateType'],
      'https://slsa.dev/provenance/v1'
    )
    assert.equal(bundle?.manifest.annotations?.['dev.sigstore.bundle.content'], 'dsse-envelope')
    const statement = verifiedStatement(env, bundle.bundle)
    const subject = { name: `${registry.host}/octo/app`, digest: { sha256: image.digest.slice(7) } }
    assert.deepEqual(statement.subject, [subject])
    assert.deepEqual(statement, expectedGithubStatement(env, [subject]))
  })
}

test('push-to-registry false: the statement is signed and reported, nothing is pushed', async t => {
  const kind = actionRegistryKinds({ auth: 'token' })[1]!
  const { registry, client } = env.on(kind)
  const repo: Repository = { registry: registry.host, repository: 'octo/unpushed' }
  const image = await pushImage({ client, repo, reference: 'v1', ...sampleImage() })
  const workspace = await makeWorkspace(t, {})
  const result = await runSlsaProvenance(env, {
    workspace,
    registry,
    inputs: { images: `${registry.host}/octo/unpushed:v1`, 'push-to-registry': 'false' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  const [record] = provenanceOutput(result)
  assert.equal(record?.referrer, undefined)
  assert.ok(record?.rekorLogIndex !== undefined)
  assert.deepEqual(await imageBundles({ client, repo, digest: image.digest }), [])
})
