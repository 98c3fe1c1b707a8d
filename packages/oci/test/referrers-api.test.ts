// The OCI 1.1 referrers-API path, against a scripted responder (see its header for why).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { attachArtifact, createRegistryClient, listReferrers, referrersTag } from '../src/index.ts'
import {
  startReferrersApiResponder,
  type ResponderOptions
} from './fixtures/referrers-api-responder.ts'
import { pushSampleImage } from './fixtures/sample-image.ts'

async function setup(t: { after(fn: () => Promise<void>): void }, options: ResponderOptions = {}) {
  const responder = await startReferrersApiResponder(options)
  t.after(() => responder.stop())
  const client = createRegistryClient()
  const repo = { registry: responder.host, repository: 'sign/api' }
  const subject = await pushSampleImage({ client, repo, tag: 'v1' })
  const attach = (artifactType: string, i: number) =>
    attachArtifact({
      client,
      repo,
      subject,
      artifactType,
      layers: [{ mediaType: artifactType, data: Buffer.from(`artifact ${i}`) }],
      annotations: { n: String(i) }
    })
  return { responder, client, repo, subject, attach }
}

test('attach on a registry with the referrers API: indexed by the registry, no tag schema written', async t => {
  const { responder, client, repo, subject, attach } = await setup(t)
  const result = await attach('application/vnd.example.sig', 1)
  assert.equal(result.indexedBy, 'api')
  const tag = referrersTag(subject.digest)
  assert.ok(
    !responder.requests.some(r => r.includes(`/manifests/${tag}`)),
    'the referrers tag was never touched'
  )
  const listed = await listReferrers({ client, repo, subjectDigest: subject.digest })
  assert.equal(listed.source, 'api')
  assert.deepEqual(listed.referrers, [result.descriptor])
})

test('referrers API: pages are followed through Link, and a filter the registry applied is trusted', async t => {
  const { responder, client, repo, subject, attach } = await setup(t, { pageSize: 2 })
  const made = []
  for (let i = 0; i < 5; i++)
    made.push(
      await attach(i % 2 ? 'application/vnd.example.sbom' : 'application/vnd.example.sig', i)
    )
  responder.requests.length = 0
  const all = await listReferrers({ client, repo, subjectDigest: subject.digest })
  assert.deepEqual(
    all.referrers.map(d => d.digest).sort(),
    made.map(m => m.descriptor.digest).sort()
  )
  assert.equal(
    responder.requests.filter(r => r.startsWith('GET /v2/sign/api/referrers/')).length,
    3,
    'three pages of two'
  )
  const sboms = await listReferrers({
    client,
    repo,
    subjectDigest: subject.digest,
    artifactType: 'application/vnd.example.sbom'
  })
  assert.deepEqual(sboms.referrers.map(d => d.annotations?.['n']).sort(), ['1', '3'])
  assert.ok(
    responder.requests.some(r => r.includes('artifactType=application%2Fvnd.example.sbom')),
    'the filter was sent'
  )
})

test('referrers API that ignores artifactType: the client filters', async t => {
  const { client, repo, subject, attach } = await setup(t, { ignoreFilter: true })
  await attach('application/vnd.example.sig', 1)
  const sbom = await attach('application/vnd.example.sbom', 2)
  const listed = await listReferrers({
    client,
    repo,
    subjectDigest: subject.digest,
    artifactType: 'application/vnd.example.sbom'
  })
  assert.deepEqual(listed.referrers, [sbom.descriptor])
})

test('OCI-Subject without a referrers API (as ECR answered): the tag schema is kept all the same', async t => {
  const { client, repo, subject, attach } = await setup(t, { withoutApi: true })
  const result = await attach('application/vnd.example.sig', 1)
  assert.equal(result.indexedBy, 'tag-schema')
  const listed = await listReferrers({ client, repo, subjectDigest: subject.digest })
  assert.equal(listed.source, 'tag-schema')
  assert.deepEqual(
    listed.referrers.map(d => d.digest),
    [result.descriptor.digest]
  )
})
