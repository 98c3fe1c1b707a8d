// The OCI 1.1 referrers-API cases no real registry here can show, against a scripted responder.
// Everything a correct registry does — indexing on PUT with OCI-Subject, listing, the
// artifactType filter, Link pagination — runs on a real one, olareg (attach-requests,
// referrers-pages and registry tests). What remains scripted is misbehaviour olareg does not have:
// - a referrers API that ignores the artifactType filter and does not say it applied it (the
//   distribution spec allows it; olareg always filters and answers OCI-Filters-Applied);
// - OCI-Subject on the manifest PUT from a registry whose referrers endpoint then answers 404
//   (what ECR answered for a while); olareg, serving the API, never does that.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { attachArtifact, createRegistryClient, listReferrers, referrersTag } from '../src/index.ts'
import {
  startReferrersApiResponder,
  type ResponderOptions
} from './fixtures/referrers-api-responder.ts'
import { pushSampleImage } from './fixtures/sample-image.ts'

async function setup(t: { after(fn: () => Promise<void>): void }, options: ResponderOptions) {
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
  assert.equal(listed.source, 'api')
})

test('OCI-Subject without a referrers API (as ECR answered): the tag schema is kept all the same', async t => {
  const { responder, client, repo, subject, attach } = await setup(t, { withoutApi: true })
  const result = await attach('application/vnd.example.sig', 1)
  assert.equal(result.indexedBy, 'tag-schema')
  const listed = await listReferrers({ client, repo, subjectDigest: subject.digest })
  assert.equal(listed.source, 'tag-schema')
  assert.deepEqual(
    listed.referrers.map(d => d.digest),
    [result.descriptor.digest]
  )
  const tag = referrersTag(subject.digest)
  assert.ok(
    responder.requests.some(r => r === `PUT /v2/sign/api/manifests/${tag}`),
    'the tag-schema index was written'
  )
})
