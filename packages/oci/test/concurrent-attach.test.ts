// 16 separate processes attach to one subject at the same moment on a registry without the
// referrers API and without a working If-Match (distribution 2.8.2): none of their entries in the
// referrers tag index may be lost.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startRegistry } from '@sign/testenv'
import { createRegistryClient, listReferrers } from '../src/index.ts'
import { pushSampleImage } from './fixtures/sample-image.ts'

const run = promisify(execFile)
const WRITERS = 16
const ROUNDS = 3

test(`${WRITERS} concurrent attacher processes: every referrer is listed, ${ROUNDS} rounds`, async t => {
  const registry = await startRegistry({ mode: 'anonymous' })
  t.after(() => registry.stop())
  const client = createRegistryClient()
  const repo = { registry: registry.host, repository: 'sign/concurrent' }
  for (let round = 0; round < ROUNDS; round++) {
    const subject = await pushSampleImage({ client, repo, tag: `round-${round}` })
    const startAt = Date.now() + 2500
    const writers = Array.from({ length: WRITERS }, (_, index) =>
      run(process.execPath, [
        join(import.meta.dirname, 'fixtures/attach-one.ts'),
        JSON.stringify({ ...repo, subject, index, startAt })
      ])
    )
    const written = (await Promise.all(writers)).map(({ stdout }) => stdout.trim())
    assert.equal(new Set(written).size, WRITERS, 'each writer attached its own artifact')
    const { referrers, source } = await listReferrers({
      client,
      repo,
      subjectDigest: subject.digest
    })
    assert.equal(source, 'tag-schema')
    assert.deepEqual(
      referrers.map(d => d.digest).sort(),
      [...written].sort(),
      `round ${round}: all ${WRITERS} listed`
    )
  }
})
