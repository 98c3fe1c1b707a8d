// attest(): an in-toto statement signed as a DSSE bundle, written to a file and attached to an
// image as cosign v3 attaches attestations, on a registry without the referrers API
// (distribution 2.8.2) and on one with it (olareg).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SerializedBundle } from '@sigstore/bundle'
import { registryKinds } from '@sign/testenv'
import { SigstoreError } from '../src/errors.ts'
import type { InTotoStatement } from '../src/signer/bundle-signer.ts'
import { BUNDLE_V03_MEDIA_TYPE, attest } from '../src/cosign/index.ts'
import { startCosignEnv, startRegistryEnv } from './cosign-env.ts'

const PROVENANCE = 'https://slsa.dev/provenance/v1'

const statementFor = (digest: string): InTotoStatement => ({
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'app', digest: { sha256: digest.slice('sha256:'.length) } }],
  predicateType: PROVENANCE,
  predicate: { buildDefinition: { buildType: 'https://example.com/build/v1' } }
})

for (const kind of registryKinds())
  test(`attest: the DSSE bundle goes to the file and onto the image with the statement’s predicateType on ${kind.name}`, async t => {
    // One after the other: a failed start must not leave the other starting unobserved.
    const env = await startCosignEnv(t)
    const registry = await startRegistryEnv(t, kind)
    const directory = await mkdtemp(join(tmpdir(), 'sign-attest-'))
    t.after(() => rm(directory, { recursive: true, force: true }))
    const image = await registry.pushImage('v1')
    const file = join(directory, 'app.intoto.sigstore.json')

    const result = await attest({
      signer: env.signer,
      statement: statementFor(image.digest),
      file,
      image: { store: registry.store, subject: image }
    })

    assert.equal(result.file, file)
    const written = JSON.parse(await readFile(file, 'utf8')) as SerializedBundle
    assert.deepEqual(written, result.signed.bundle)
    assert.equal(env.verify(written).identity?.subjectAlternativeName, env.san)
    assert.deepEqual(
      await readdir(directory),
      ['app.intoto.sigstore.json'],
      'no temporary file left'
    )

    const { referrers, source } = await registry.store.listReferrers({
      subjectDigest: image.digest,
      artifactType: BUNDLE_V03_MEDIA_TYPE
    })
    assert.equal(source, kind.referrersApi ? 'api' : 'tag-schema')
    assert.equal(referrers.length, 1)
    assert.equal(referrers[0]?.digest, result.referrer?.digest)
    assert.equal(referrers[0]?.annotations?.['dev.sigstore.bundle.predicateType'], PROVENANCE)
    assert.equal(referrers[0]?.annotations?.['dev.sigstore.bundle.content'], 'dsse-envelope')
    assert.match(
      referrers[0]?.annotations?.['org.opencontainers.image.created'] ?? '',
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/
    )
  })

for (const kind of registryKinds())
  test(`attest: a statement that does not name the image is refused before signing or writing on ${kind.name}`, async t => {
    // One after the other: a failed start must not leave the other starting unobserved.
    const env = await startCosignEnv(t)
    const registry = await startRegistryEnv(t, kind)
    const directory = await mkdtemp(join(tmpdir(), 'sign-attest-'))
    t.after(() => rm(directory, { recursive: true, force: true }))
    const image = await registry.pushImage('v1')
    const other = await registry.pushImage('v2')
    const file = join(directory, 'x.sigstore.json')

    await assert.rejects(
      attest({
        signer: env.signer,
        statement: statementFor(other.digest),
        file,
        image: { store: registry.store, subject: image }
      }),
      (error: unknown) =>
        error instanceof SigstoreError &&
        error.code === 'INVALID_INPUT' &&
        error.message.includes(`subjects do not include ${image.digest}`)
    )
    assert.deepEqual(env.signer.stats(), { fulcio: 0, rekor: 0, tsa: 0 })
    assert.ok(!existsSync(file))
    assert.deepEqual(
      (await registry.store.listReferrers({ subjectDigest: image.digest })).referrers,
      []
    )
  })
