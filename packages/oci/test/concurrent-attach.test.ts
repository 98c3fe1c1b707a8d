// 16 separate processes attach to one subject at the same moment.
// - distribution 2.8.2: no referrers API and no working If-Match; none of their entries in the
//   referrers tag index may be lost.
// - olareg 0.1.2 (referrers API): each PUT is indexed by the registry and answered with
//   OCI-Subject, so we write no tag-schema index. olareg itself loses referrers under concurrent
//   PUTs on one subject: its referrerAdd (referrer.go) reads the repository's index.json, adds one
//   descriptor to the subject's referrers response and inserts the new response, taking its lock
//   separately for the read (IndexGet) and the write (IndexInsert), so concurrent writers
//   overwrite each other's response (still so upstream at v0.2.2). Inserting a response also
//   moves the referrers it lists out of index.json's top level (types.Index.AddDesc with
//   IndexWithChildren), so a referrer dropped from the response can even stop being found by its
//   digest. Pinned here: the list loses some within a few rounds, lists only what was attached,
//   and attaching the missing ones again, one at a time, makes olareg list and serve all of them.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startReferrersRegistry, startRegistry } from '@sign/testenv'
import {
  attachArtifact,
  createRegistryClient,
  fetchManifest,
  listReferrers,
  referrersTag,
  type Descriptor,
  type ImageManifest,
  type RegistryClient,
  type Repository
} from '../src/index.ts'
import { pushSampleImage } from './fixtures/sample-image.ts'

const run = promisify(execFile)
const WRITERS = 16
const ROUNDS = 3
const MAX_OLAREG_ROUNDS = 10

/** WRITERS attacher processes started together on `subject`; the digests they attached. */
async function attachAtOnce(repo: Repository, subject: Descriptor): Promise<string[]> {
  const startAt = Date.now() + 2500
  const writers = Array.from({ length: WRITERS }, (_, index) =>
    run(process.execPath, [
      join(import.meta.dirname, 'fixtures/attach-one.ts'),
      JSON.stringify({ ...repo, subject, index, startAt })
    ])
  )
  const written = (await Promise.all(writers)).map(({ stdout }) => stdout.trim())
  assert.equal(new Set(written).size, WRITERS, 'each writer attached its own artifact')
  return written
}

async function listed(client: RegistryClient, repo: Repository, subject: Descriptor) {
  const { referrers, source } = await listReferrers({ client, repo, subjectDigest: subject.digest })
  return { digests: referrers.map(d => d.digest).sort(), source }
}

test(`${WRITERS} concurrent attacher processes on distribution 2.8.2 (tag schema): every referrer is listed, ${ROUNDS} rounds`, async t => {
  const registry = await startRegistry({ mode: 'anonymous' })
  t.after(() => registry.stop())
  const client = createRegistryClient()
  const repo = { registry: registry.host, repository: 'sign/concurrent' }
  for (let round = 0; round < ROUNDS; round++) {
    const subject = await pushSampleImage({ client, repo, tag: `round-${round}` })
    const written = await attachAtOnce(repo, subject)
    const { digests, source } = await listed(client, repo, subject)
    assert.equal(source, 'tag-schema')
    assert.deepEqual(digests, [...written].sort(), `round ${round}: all ${WRITERS} listed`)
  }
})

test(`${WRITERS} concurrent attacher processes on olareg (referrers API): no tag schema; olareg's own race drops some, which attached again are listed and served`, async t => {
  const registry = await startReferrersRegistry()
  t.after(() => registry.stop())
  t.diagnostic(registry.server)
  const client = createRegistryClient()
  const repo = { registry: registry.host, repository: 'sign/concurrent' }
  let lostInAll = 0
  // At least ROUNDS rounds; more, up to MAX_OLAREG_ROUNDS, until the race has shown once (a
  // round loses nothing about one time in three).
  for (let round = 0; round < ROUNDS || (lostInAll === 0 && round < MAX_OLAREG_ROUNDS); round++) {
    const subject = await pushSampleImage({ client, repo, tag: `round-${round}` })
    const written = await attachAtOnce(repo, subject)
    const tag = referrersTag(subject.digest)
    assert.equal(await fetchManifest({ client, repo, reference: tag }), undefined, 'no tag index')

    const first = await listed(client, repo, subject)
    assert.equal(first.source, 'api')
    const missing = written.filter(digest => !first.digests.includes(digest))
    assert.ok(
      first.digests.every(digest => written.includes(digest)),
      'only ours are listed'
    )
    t.diagnostic(`round ${round}: olareg lists ${first.digests.length} of ${WRITERS}`)
    lostInAll += missing.length

    let unreachable = 0
    for (const digest of missing)
      if (!(await fetchManifest({ client, repo, reference: digest }))) unreachable++
    if (missing.length > 0)
      t.diagnostic(
        `round ${round}: ${unreachable} of the ${missing.length} missing not found by digest`
      )
    // The same artifacts again, one at a time (attach-one's content for that writer index).
    for (const digest of missing) {
      const index = written.indexOf(digest)
      const again = await attachArtifact({
        client,
        repo,
        subject,
        artifactType: 'application/vnd.example.concurrent',
        layers: [
          {
            mediaType: 'application/vnd.example.concurrent',
            data: Buffer.from(`writer ${index}`)
          }
        ],
        annotations: { 'example.writer': String(index) }
      })
      assert.equal(again.descriptor.digest, digest, 'the same artifact')
      assert.equal(again.indexedBy, 'api')
    }
    const again = await listed(client, repo, subject)
    assert.deepEqual(again.digests, [...written].sort(), `round ${round}: all ${WRITERS} listed`)
    for (const digest of written) {
      const stored = await fetchManifest({ client, repo, reference: digest })
      assert.ok(stored, `${digest} is served`)
      const manifest = JSON.parse(stored.bytes.toString()) as ImageManifest
      assert.equal(manifest.subject?.digest, subject.digest)
    }
  }
  // The race, pinned: olareg 0.1.2 drops some of 16 writers' referrers within a few rounds.
  assert.ok(lostInAll > 0, 'olareg lost no referrer: its referrerAdd race may be fixed')
})
