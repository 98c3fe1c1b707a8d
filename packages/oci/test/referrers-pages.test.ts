// Listing referrers through the OCI 1.1 referrers API of a real registry (olareg): its answer
// is split into pages once it passes olareg's 4 MiB limit (not configurable from its command
// line), the next page named in a `Link` header, and we follow it; with `artifactType` the
// registry filters and says so in `OCI-Filters-Applied`. Annotations of 1 MiB make five
// referrers pass the limit (olareg copies a manifest's annotations into its descriptor).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startReferrersRegistry } from '@sign/testenv'
import { attachArtifact, createRegistryClient, listReferrers } from '../src/index.ts'
import { pushSampleImage } from './fixtures/sample-image.ts'

const SIG = 'application/vnd.example.sig'
const SBOM = 'application/vnd.example.sbom'

test('olareg: a referrers list past 4 MiB comes in two pages, followed through Link; the artifactType filter is applied by the registry', async t => {
  const registry = await startReferrersRegistry()
  t.after(() => registry.stop())
  t.diagnostic(registry.server)
  const client = createRegistryClient()
  const repo = { registry: registry.host, repository: 'sign/pages' }
  const subject = await pushSampleImage({ client, repo, tag: 'v1' })
  const made = []
  for (let i = 1; i <= 5; i++) {
    const artifactType = i % 2 ? SIG : SBOM
    const attached = await attachArtifact({
      client,
      repo,
      subject,
      artifactType,
      layers: [{ mediaType: artifactType, data: Buffer.from(`artifact ${i}`) }],
      annotations: { n: String(i), bulk: randomBytes(512 * 1024).toString('hex') }
    })
    assert.equal(attached.indexedBy, 'api')
    made.push(attached)
  }

  // What the registry answers: a first page under 4 MiB with the next one in Link.
  const referrers = `${registry.url}/v2/${repo.repository}/referrers/${subject.digest}`
  const first = await fetch(referrers)
  assert.equal(first.status, 200)
  const firstPage = Buffer.from(await first.arrayBuffer())
  assert.ok(firstPage.length <= 4 * 1024 * 1024, `${firstPage.length} bytes`)
  assert.match(
    first.headers.get('link') ?? '',
    /^<\/v2\/sign\/pages\/referrers\/sha256:[0-9a-f]{64}\?.*page=1.*>; rel=next$/
  )
  const onFirst = (JSON.parse(firstPage.toString()) as { manifests: unknown[] }).manifests.length
  assert.ok(onFirst > 0 && onFirst < 5, `${onFirst} of 5 on the first page`)

  let from = registry.logOffset()
  const all = await listReferrers({ client, repo, subjectDigest: subject.digest })
  assert.equal(all.source, 'api')
  assert.deepEqual(all.referrers.map(d => d.annotations?.['n']).sort(), ['1', '2', '3', '4', '5'])
  assert.deepEqual(
    all.referrers.map(d => d.digest).sort(),
    made.map(m => m.descriptor.digest).sort()
  )
  await waitForLogged(registry, from, 2)
  // Counted, not told apart by URL: olareg logs a page's request with the URL of the next one
  // (its referrerGet builds the Link from the request's URL in place, `next := r.URL`).
  assert.deepEqual(
    registry.loggedRequests({ from }).map(r => `${r.method} ${r.path} ${r.status}`),
    Array(2).fill(`GET /v2/${repo.repository}/referrers/${subject.digest} 200`),
    'two pages, two requests'
  )

  const filtered = await fetch(`${referrers}?artifactType=${encodeURIComponent(SIG)}`)
  assert.equal(filtered.headers.get('oci-filters-applied'), 'artifactType')
  assert.equal(filtered.headers.get('link'), null, 'three referrers fit in one page')
  await filtered.arrayBuffer()
  from = registry.logOffset()
  const sigs = await listReferrers({
    client,
    repo,
    subjectDigest: subject.digest,
    artifactType: SIG
  })
  assert.deepEqual(sigs.referrers.map(d => d.annotations?.['n']).sort(), ['1', '3', '5'])
  assert.ok(sigs.referrers.every(d => d.artifactType === SIG))
  await waitForLogged(registry, from, 1)
  assert.deepEqual(
    registry.loggedRequests({ from }).map(r => r.query),
    [`artifactType=${encodeURIComponent(SIG)}`],
    'the filter was sent, one page'
  )
})

/** Waits up to a second for `count` requests logged after `from`. */
async function waitForLogged(
  registry: { loggedRequests(options: { from: number }): unknown[] },
  from: number,
  count: number
): Promise<void> {
  const deadline = Date.now() + 1000
  while (registry.loggedRequests({ from }).length < count && Date.now() < deadline)
    await new Promise(resolve => setTimeout(resolve, 20))
}
