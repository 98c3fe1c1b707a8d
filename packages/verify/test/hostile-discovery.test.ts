// Hostile content given to verify: an OCI layout whose referrers tag index lists entries that are
// not descriptors, a signature layer that links to /dev/zero, a release file that links to
// /dev/zero, and a `.sigstore.json` beside a file that is a FIFO. Each is refused with its reason
// (an `unreadable` result, or an input error naming the file) and each test ends at once.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OCI_INDEX, OCI_MANIFEST, referrersTag, type ContentStore } from '@sign/oci'
import {
  DiscoveryError,
  discoverFileSignatures,
  discoverSignatures,
  readFileSignature
} from '../src/discover/index.ts'
import { verifyFile } from '../src/engine/verify-file.ts'
import { verifyImage } from '../src/engine/verify-image.ts'
import { VerifyError } from '../src/errors.ts'
import { policyFromText } from '../src/policy/load-policy.ts'
import { parseTarget } from '../src/targets/parse-target.ts'
import { attachNotarySignature, startLayoutEnv } from './discover-env.ts'

const policy = () =>
  policyFromText({
    source: 'p',
    baseDir: '/',
    text: 'version: 1\ntrust:\n  notation:\n    trust-policy: unused.json\nsigners:\n  release:\n    notation: true\n'
  })

function layoutRoot(store: ContentStore): string {
  return store.location.slice('oci-layout:'.length)
}

async function tempDir(t: TestContext): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'sign-hostile-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  return directory
}

test('a referrers tag index with a null entry: unreadable with the reason, not a TypeError', async t => {
  const { store, image } = await startLayoutEnv(t)
  const tag = referrersTag(image.digest)
  const bytes = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [null] })
  )
  await store.pushManifest({ bytes, mediaType: OCI_INDEX, tag })
  const root = layoutRoot(store)
  const reason = `the referrers tag ${tag} in the OCI layout ${root} is malformed: manifests[0] is invalid (null, not a descriptor)`
  const found = await discoverSignatures({ store, subject: image })
  assert.deepEqual(found, [
    {
      kind: 'unreadable',
      via: 'oci-layout',
      manifest: { mediaType: OCI_INDEX, digest: `referrers of ${image.digest}`, size: 0 },
      claimed: 'referrers list',
      reason
    }
  ])
  const report = await verifyImage({
    store,
    reference: 'v1',
    subject: 'layout:v1',
    policy: await policy(),
    trust: {}
  })
  assert.equal(report.verified, false)
  assert.deepEqual(
    report.signatures.map(s => [s.kind, s.verdict, s.reason]),
    [['unreadable', 'failed', `unreadable referrers list: ${reason}`]]
  )
})

test('a tag index entry without a valid digest or size is unreadable too', async t => {
  const { store, image } = await startLayoutEnv(t)
  const tag = referrersTag(image.digest)
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [{ mediaType: OCI_MANIFEST, digest: 'sha256:short', size: 1 }]
    })
  )
  await store.pushManifest({ bytes, mediaType: OCI_INDEX, tag })
  const [only, ...rest] = await discoverSignatures({ store, subject: image })
  assert.equal(rest.length, 0)
  assert.equal(only?.kind, 'unreadable')
  assert.equal(
    only.kind === 'unreadable' ? only.reason : '',
    `the referrers tag ${tag} in the OCI layout ${layoutRoot(store)} is malformed: manifests[0] is invalid (the digest "sha256:short" has the wrong length or characters for its algorithm)`
  )
})

test('a signature layer that links to /dev/zero is unreadable, not read forever', async t => {
  const { store, image } = await startLayoutEnv(t)
  const good = await attachNotarySignature({ store, subject: image })
  const manifest = await store.fetchManifest(good.referrer.digest)
  const layer = (JSON.parse(manifest?.bytes.toString() ?? '{}') as { layers: { digest: string }[] })
    .layers[0]
  assert.ok(layer)
  const path = join(layoutRoot(store), 'blobs', 'sha256', layer.digest.slice(7))
  await unlink(path)
  await symlink('/dev/zero', path)
  const found = await discoverSignatures({ store, subject: image })
  assert.deepEqual(
    found.map(f => [f.kind, f.kind === 'unreadable' ? f.reason : '']),
    [['unreadable', `"${path}" is a character device, not a regular file; refusing to read it`]]
  )
})

test('a release file that links to /dev/zero is refused as a target and by verifyFile', async t => {
  const directory = await tempDir(t)
  const file = join(directory, 'app.tgz')
  await symlink('/dev/zero', file)
  assert.throws(
    () => parseTarget({ text: file, ociLayout: false }),
    (error: unknown) =>
      error instanceof VerifyError &&
      error.code === 'INVALID_INPUT' &&
      error.message ===
        `target "${file}" is a character device, not a regular file; give a release file (or an image reference)`
  )
  await assert.rejects(
    verifyFile({ path: file, policy: await policy(), trust: {} }),
    (error: unknown) =>
      error instanceof VerifyError &&
      error.code === 'INVALID_INPUT' &&
      error.message ===
        `the file "${file}" is a character device, not a regular file; give a release file to verify`
  )
})

test('a .sigstore.json beside a file that is a FIFO is unreadable; given directly, READ_FAILED', async t => {
  const directory = await tempDir(t)
  const file = join(directory, 'app.tgz')
  await writeFile(file, 'the release file\n')
  const fifo = `${file}.sigstore.json`
  execFileSync('mkfifo', [fifo])
  const reason = `"${fifo}" is a FIFO (named pipe), not a regular file; a signature file must be a regular file`
  assert.deepEqual(await discoverFileSignatures({ path: file }), [
    { kind: 'unreadable', path: fifo, claimed: 'sigstore-bundle', reason }
  ])
  await assert.rejects(
    readFileSignature({ path: fifo }),
    (error: unknown) =>
      error instanceof DiscoveryError &&
      error.code === 'READ_FAILED' &&
      error.message ===
        `${fifo} is not a file (it is a FIFO (named pipe)); give the path of a signature file`
  )
  const report = await verifyFile({ path: file, policy: await policy(), trust: {} })
  assert.deepEqual(
    report.signatures.map(s => [s.kind, s.location, s.reason]),
    [['unreadable', fifo, `unreadable sigstore-bundle: ${reason}`]]
  )
})

test('a signature file given directly that links to /dev/zero is refused, not read', async t => {
  const directory = await tempDir(t)
  const link = join(directory, 'zero.sigstore.json')
  await symlink('/dev/zero', link)
  await assert.rejects(
    readFileSignature({ path: link }),
    (error: unknown) =>
      error instanceof DiscoveryError &&
      error.code === 'READ_FAILED' &&
      error.message ===
        `${link} is not a file (it is a character device); give the path of a signature file`
  )
})
