// discoverSignatures on OCI image layouts: notation's e2e layouts (vendored in test/vectors, see
// SOURCES.md) read in place (never written to), and a layout this project writes with two Notary
// Project signatures, a cosign v3 bundle and an SBOM.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { layoutStore, sha256Digest, type ContentStore } from '@sign/oci'
import { COSIGN_SIGN_PREDICATE_TYPE, attest, cosignSignStatement } from '@sign/sigstore'
import { discoverSignatures } from '../src/discover/index.ts'
import {
  attachNotarySignature,
  attachSbom,
  startLayoutEnv,
  startSigningEnv
} from './discover-env.ts'

const LAYOUTS = join(import.meta.dirname, '../../../test/vectors/notation/e2e/oci_layout')

/** Every file and directory under `root` with its size and modification time. */
async function snapshot(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true })
  return Promise.all(
    entries.sort().map(async entry => {
      const info = await stat(join(root, entry))
      return `${entry} ${info.size} ${info.mtimeMs}`
    })
  )
}

async function discoverIn(name: string) {
  const store = layoutStore({ path: join(LAYOUTS, name) })
  const subject = await store.resolve('v1')
  return { subject, found: await discoverSignatures({ store, subject }) }
}

test('notation e2e layouts, read in place: one signature each, the invalid one unreadable, none unsigned', async () => {
  const before = await snapshot(LAYOUTS)

  for (const name of ['e2e-valid-signature', 'e2e-expired-signature']) {
    const { subject, found } = await discoverIn(name)
    assert.equal(
      subject.digest,
      'sha256:b8479de3f88fb259a0a9ea82a5b2a052a1ef3c4ebbcfc61482d5ae4c831f8af9'
    )
    assert.equal(found.length, 1, name)
    const [signature] = found
    assert.equal(signature?.kind, 'notation', name)
    assert.equal(signature.via, 'oci-layout')
    assert.equal(signature.envelopeMediaType, 'application/jose+json')
    const jws = JSON.parse(signature.envelope.toString()) as Record<string, unknown>
    assert.deepEqual(Object.keys(jws).sort(), ['header', 'payload', 'protected', 'signature'])
  }
  const valid = await discoverIn('e2e-valid-signature')
  assert.equal(
    valid.found[0]?.manifest.digest,
    'sha256:90ceaff260d657d797c408ac73564a9c7bb9d86055877c2a811f0e63b8c6524f',
    'the legacy-form signature manifest (config media type application/vnd.cncf.notary.signature)'
  )

  const invalid = await discoverIn('e2e-invalid-signature')
  assert.equal(invalid.found.length, 1)
  const [unreadable] = invalid.found
  assert.equal(unreadable?.kind, 'unreadable')
  assert.equal(unreadable.claimed, 'notation')
  assert.equal(
    unreadable.manifest.digest,
    'sha256:321fcc674d6771dd0e5bd21e599f2df3a482de99a400fd3a3fe371221b97a9c9'
  )
  assert.match(
    unreadable.reason,
    /layer has media type application\/vnd\.oci\.image\.layer\.v1\.tar, not a Notary Project envelope/
  )

  assert.deepEqual((await discoverIn('e2e')).found, [])

  assert.deepEqual(await snapshot(LAYOUTS), before, 'discovery wrote nothing into the vectors')
})

test('a layout written by our own code: two Notary signatures, a cosign v3 bundle and an SBOM', async t => {
  const signing = await startSigningEnv(t)
  const { store, image, sample } = await startLayoutEnv(t)
  assert.equal(image.digest, sha256Digest(sample.manifest))

  const first = await attachNotarySignature({ store, subject: image })
  const second = await attachNotarySignature({ store, subject: image })
  const v3 = await attest({
    signer: signing.signer,
    statement: cosignSignStatement({ digest: image.digest }),
    image: { store, subject: image }
  })
  const sbom = await attachSbom({ store, subject: image })

  // Fetches are bounded: with concurrency 2, never more than two at once.
  let active = 0
  let peak = 0
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      peak = Math.max(peak, ++active)
      try {
        return await fn(...args)
      } finally {
        active--
      }
    }
  const bounded: ContentStore = {
    ...store,
    fetchManifest: counted(reference => store.fetchManifest(reference)),
    fetchBlob: counted(digest => store.fetchBlob(digest))
  }
  const found = await discoverSignatures({ store: bounded, subject: image, concurrency: 2 })
  assert.equal(peak, 2, 'two fetches ran at once, never more')
  assert.ok(found.every(item => item.via === 'oci-layout'))
  const byDigest = new Map(found.map(item => [item.manifest.digest, item]))
  assert.equal(found.length, 4)
  for (const signature of [first, second]) {
    const item = byDigest.get(signature.referrer.digest)
    assert.equal(item?.kind, 'notation')
    assert.deepEqual(item.envelope, signature.envelope)
  }
  const bundle = byDigest.get(v3.referrer?.digest ?? '')
  assert.equal(bundle?.kind, 'sigstore-bundle')
  assert.equal(bundle.predicateType, COSIGN_SIGN_PREDICATE_TYPE)
  assert.deepEqual(bundle.bundle, v3.signed.bundle)
  const other = byDigest.get(sbom.digest)
  assert.equal(other?.kind, 'other')
  assert.equal(other.artifactType, 'application/spdx+json')
})
