// cosign and this suite read each other's keyless attestations (in-toto statements in DSSE
// bundles), on the loopback Sigstore stack (its trusted root given to both):
// - cosign verify-attestation --type accepts the image attestation attest({ image }) attaches, on
//   both open registries (distribution 2.8: tag schema; olareg: referrers API), and cosign
//   verify-blob-attestation --type accepts the bundle attest({ file }) writes; each logged to
//   Rekor v1 or Rekor v2.
// - sign verify --type and the verify action (type input) accept the attestation cosign attest
//   attaches to an image, and the bundle of cosign attest-blob, each logged to Rekor v1 or v2.
// Each case is refused for another workflow's identity and for another predicate type (and
// cosign's file case for another file), and the reason is checked.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { attest, type InTotoStatement } from '@sign/sigstore'
import { registryKinds } from '@sign/testenv'
import {
  OTHER,
  REPOSITORY,
  SAN,
  cosignEnvironment,
  keylessSigner,
  pushSampleImage,
  registryOf,
  type CosignEnvironment
} from './fixtures/cosign-environment.ts'
import { cosignSign, cosignVerify, printedStatements } from './fixtures/cosign-commands.ts'
import { imageBundles, rekorVersionOf, type StoredBundle } from './fixtures/cosign-referrers.ts'
import {
  onlySignature,
  signVerify,
  verifyAction,
  type OurVerdict
} from './fixtures/cosign-sign-verify.ts'

const SLSA_V1 = 'https://slsa.dev/provenance/v1'
const SLSA_V02 = 'https://slsa.dev/provenance/v0.2'
/** A small SLSA v1 predicate: what both tools sign and must hand back unchanged. */
const PREDICATE = {
  buildDefinition: {
    buildType: 'https://actions.github.io/buildtypes/workflow/v1',
    externalParameters: { workflow: { ref: 'refs/tags/v1.2.3', repository: 'octo-org/octo-repo' } }
  },
  runDetails: { builder: { id: 'https://github.com/actions/runner' } }
}
const ARCHIVE = 'a release archive\n'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** What cosign says when an attestation's certificate names another identity. */
const COSIGN_IDENTITY_REFUSED = `failed to verify certificate identity: no matching CertificateIdentity found, last error: expected SAN value "${OTHER}", got "${SAN}"`
/** Our verifiers' reason when a keyless attestation's certificate names another identity. */
const OUR_IDENTITY_REFUSED = `keyless: certificate identity "${SAN}" does not match the expected "${OTHER}"`

/**
 * Asserts our verifier refused an attestation policy for SLSA v0.2 (cosign's `slsaprovenance`)
 * because the one attestation found, which verified, is SLSA v1 — and names the type it found.
 */
function assertOtherTypeRefused(verdict: OurVerdict): void {
  assert.equal(verdict.code, 1, verdict.reason)
  const [subject] = verdict.report.subjects
  assert.deepEqual(subject?.requirements, [
    { requirement: `attestation ${SLSA_V02} by keyless`, satisfied: false }
  ])
  const found = onlySignature(verdict.report)
  assert.deepEqual([found.predicateType, found.verdict], [SLSA_V1, 'verified'])
  const reason = `attestation ${SLSA_V02} by keyless: not met (1 found, 0 failed verification; verified attestations have ${SLSA_V1})`
  assert.equal(subject.reason, reason)
  assert.ok(verdict.reason.includes(reason), verdict.reason)
}

function statementAbout(subject: { name: string; sha256: string }): InTotoStatement {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: subject.name, digest: { sha256: subject.sha256 } }],
    predicateType: SLSA_V1,
    predicate: PREDICATE
  }
}

/** Writes the release archive and the SLSA v1 predicate cosign signs into the work directory. */
async function archiveAndPredicate(
  env: CosignEnvironment
): Promise<{ file: string; predicate: string }> {
  const file = join(env.work, 'app.tgz')
  await writeFile(file, ARCHIVE)
  const predicate = join(env.work, 'predicate.json')
  await writeFile(predicate, JSON.stringify(PREDICATE))
  return { file, predicate }
}

for (const kind of registryKinds()) {
  for (const rekorVersion of [1, 2] as const) {
    test(`cosign verify-attestation reads the image attestation attest() attaches (Rekor v${rekorVersion}), for its type and signer only (${kind.name})`, async t => {
      const env = await cosignEnvironment({ t, kind, rekorVersion })
      const { image, reference, store } = await pushSampleImage({ env, tag: 'v1' })
      const statement = statementAbout({
        name: `${registryOf(env).host}/${REPOSITORY}`,
        sha256: image.digest.slice(7)
      })
      await attest({ signer: keylessSigner(env), statement, image: { store, subject: image } })
      const stored = await imageBundles({ env, digest: image.digest })
      assert.equal(stored.bundles.length, 1)
      assert.equal(rekorVersionOf(stored.bundles[0]!), rekorVersion)
      assert.equal(stored.tagSchemaIndex, !kind.referrersApi)
      const verify = (identity: string, type: string) =>
        cosignVerify({
          env,
          command: 'verify-attestation',
          identity,
          args: ['--type', type, reference]
        })

      const accepted = await verify(SAN, 'slsaprovenance1')
      assert.equal(accepted.code, 0, accepted.output)
      const [printed, ...more] = printedStatements(accepted.stdout)
      assert.equal(more.length, 0, accepted.stdout)
      assert.deepEqual(printed, statement)

      const otherSigner = await verify(OTHER, 'slsaprovenance1')
      assert.notEqual(otherSigner.code, 0)
      assert.ok(otherSigner.output.includes(COSIGN_IDENTITY_REFUSED), otherSigner.output)
      const otherType = await verify(SAN, 'slsaprovenance')
      assert.notEqual(otherType.code, 0)
      assert.ok(
        otherType.output.includes(
          `none of the attestations matched the predicate type: slsaprovenance, found: ${SLSA_V1}`
        ),
        otherType.output
      )
    })
  }
}

for (const rekorVersion of [1, 2] as const) {
  test(`cosign verify-blob-attestation reads the bundle attest() writes (Rekor v${rekorVersion}), for its type, file and signer only`, async t => {
    const env = await cosignEnvironment({ t, rekorVersion })
    const { file } = await archiveAndPredicate(env)
    const bundle = `${file}.intoto.sigstore.json`
    const statement = statementAbout({ name: 'app.tgz', sha256: sha256(ARCHIVE) })
    const { signed } = await attest({ signer: keylessSigner(env), statement, file: bundle })
    assert.equal(rekorVersionOf(signed.bundle), rekorVersion)
    const verify = (identity: string, type: string, artifact = file) =>
      cosignVerify({
        env,
        command: 'verify-blob-attestation',
        identity,
        args: ['--bundle', bundle, '--type', type, artifact]
      })

    const accepted = await verify(SAN, 'slsaprovenance1')
    assert.equal(accepted.code, 0, accepted.output)
    assert.match(accepted.output, /Verified OK/)

    const otherSigner = await verify(OTHER, 'slsaprovenance1')
    assert.notEqual(otherSigner.code, 0)
    assert.ok(otherSigner.output.includes(COSIGN_IDENTITY_REFUSED), otherSigner.output)
    const otherType = await verify(SAN, 'slsaprovenance')
    assert.notEqual(otherType.code, 0)
    assert.ok(
      otherType.output.includes(`invalid predicate type, expected slsaprovenance got ${SLSA_V1}`),
      otherType.output
    )
    const otherFile = join(env.work, 'other.tgz')
    await writeFile(otherFile, 'another archive\n')
    const notTheSubject = await verify(SAN, 'slsaprovenance1', otherFile)
    assert.notEqual(notTheSubject.code, 0)
    assert.match(
      notTheSubject.output,
      /provided artifact digests do not match digests in statement/
    )
  })
}

for (const kind of registryKinds()) {
  for (const rekorVersion of [1, 2] as const) {
    test(`sign verify --type and the verify action read cosign attest's image attestation (Rekor v${rekorVersion}), for its type and signer only (${kind.name})`, async t => {
      const env = await cosignEnvironment({ t, kind })
      const { image, reference } = await pushSampleImage({ env, tag: 'v1' })
      const { predicate } = await archiveAndPredicate(env)
      const attested = await cosignSign({
        env,
        command: 'attest',
        args: ['--type', 'slsaprovenance1', '--predicate', predicate, reference],
        rekorVersion
      })
      assert.equal(attested.code, 0, attested.output)
      // On Rekor v2 cosign logs the envelope as a hashedrekord over its PAE; the tag schema is
      // kept only where the registry has no referrers API.
      const stored = await imageBundles({ env, digest: image.digest })
      assert.equal(stored.bundles.length, 1)
      assert.equal(rekorVersionOf(stored.bundles[0]!), rekorVersion)
      assert.equal(stored.tagSchemaIndex, !kind.referrersApi)

      for (const verify of [
        (identity: string, type: string) =>
          signVerify({ env, identity, type, targets: [reference] }),
        (identity: string, type: string) =>
          verifyAction({ t, env, identity, type, target: { images: reference } })
      ]) {
        const accepted = await verify(SAN, 'slsaprovenance1')
        assert.equal(accepted.code, 0, accepted.reason)
        assert.equal(accepted.report.verified, true)
        const found = onlySignature(accepted.report)
        assert.deepEqual(
          [
            found.kind,
            found.category,
            found.via,
            found.predicateType,
            found.verdict,
            found.identity
          ],
          [
            'sigstore-bundle',
            'attestation',
            kind.referrersApi ? 'referrers-api' : 'tag-schema',
            SLSA_V1,
            'verified',
            SAN
          ]
        )

        const otherSigner = await verify(OTHER, 'slsaprovenance1')
        assert.equal(otherSigner.code, 1, otherSigner.reason)
        assert.equal(onlySignature(otherSigner.report).verdict, 'failed')
        assert.ok(otherSigner.reason.includes(OUR_IDENTITY_REFUSED), otherSigner.reason)
        assertOtherTypeRefused(await verify(SAN, 'slsaprovenance'))
      }
    })
  }
}

for (const rekorVersion of [1, 2] as const) {
  test(`sign verify --type and the verify action read the bundle of cosign attest-blob (Rekor v${rekorVersion}), for its type and signer only`, async t => {
    const env = await cosignEnvironment({ t })
    const { file, predicate } = await archiveAndPredicate(env)
    // Beside the file, where the verify action's `files` input looks for it.
    const bundle = `${file}.sigstore.json`
    const attested = await cosignSign({
      env,
      command: 'attest-blob',
      args: ['--type', 'slsaprovenance1', '--predicate', predicate, '--bundle', bundle, file],
      rekorVersion
    })
    assert.equal(attested.code, 0, attested.output)
    const written = JSON.parse(await readFile(bundle, 'utf8')) as StoredBundle
    assert.equal(rekorVersionOf(written), rekorVersion)

    for (const verify of [
      (identity: string, type: string) =>
        signVerify({ env, identity, type, targets: [file, '--bundle', bundle] }),
      (identity: string, type: string) =>
        verifyAction({ t, env, identity, type, target: { files: file } })
    ]) {
      const accepted = await verify(SAN, 'slsaprovenance1')
      assert.equal(accepted.code, 0, accepted.reason)
      assert.equal(accepted.report.subjects[0]?.digest, `sha256:${sha256(ARCHIVE)}`)
      const found = onlySignature(accepted.report)
      assert.deepEqual(
        [found.kind, found.category, found.location, found.predicateType, found.verdict],
        ['sigstore-bundle', 'attestation', bundle, SLSA_V1, 'verified']
      )

      const otherSigner = await verify(OTHER, 'slsaprovenance1')
      assert.equal(otherSigner.code, 1, otherSigner.reason)
      assert.ok(otherSigner.reason.includes(OUR_IDENTITY_REFUSED), otherSigner.reason)
      assertOtherTypeRefused(await verify(SAN, 'slsaprovenance'))
    }
  })
}
