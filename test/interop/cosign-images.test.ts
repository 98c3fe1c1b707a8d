// cosign and this suite read each other's keyless signatures of images, on the loopback Sigstore
// stack (its trusted root given to both) and on both open registries: distribution 2.8 (no
// referrers API, so the tag schema) and olareg (the OCI 1.1 referrers API).
// - cosign verify accepts the v3 bundle referrer the cosign-keyless action attaches (logged to
//   Rekor v1 or v2), and with --new-bundle-format=false the legacy `.sig` tag of
//   legacy-tag-format; without that flag it falls back to the `.sig` tag writeLegacySignature
//   wrote on an image that has no bundle.
// - sign verify and the verify action accept the bundle referrer cosign sign attaches (Rekor v2
//   from the signing config, or Rekor v1 by URL), and the `.sig` tag of cosign sign
//   --new-bundle-format=false (Rekor v1: the legacy format takes no signing config).
// Every case also runs for another workflow's identity, refused with the reason named.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeLegacySignature } from '@sign/sigstore'
import { registryKinds } from '@sign/testenv'
import {
  ISSUER,
  OTHER,
  REPOSITORY,
  SAN,
  cosignEnvironment,
  keylessSigner,
  pushSampleImage,
  registryOf
} from './fixtures/cosign-environment.ts'
import {
  cosignSign,
  cosignVerify,
  jsonLines,
  type CosignVerified
} from './fixtures/cosign-commands.ts'
import {
  errorMessages,
  onlySignature,
  signImagesWithAction,
  signVerify,
  verifyAction
} from './fixtures/cosign-sign-verify.ts'
import { imageBundles, rekorVersionOf } from './fixtures/cosign-referrers.ts'

const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1'
/** What cosign verify says when a v3 bundle's certificate names another identity. */
const BUNDLE_IDENTITY_REFUSED = `no matching attestations: failed to verify certificate identity: no matching CertificateIdentity found, last error: expected SAN value "${OTHER}", got "${SAN}"`
/** What cosign verify says when a legacy signature's certificate names another identity. */
const LEGACY_IDENTITY_REFUSED = `no matching signatures: none of the expected identities matched what was in the certificate, got subjects [${SAN}] with issuer ${ISSUER}`
/** Our verifiers' reason when a keyless signature's certificate names another identity. */
const OUR_IDENTITY_REFUSED = `keyless: certificate identity "${SAN}" does not match the expected "${OTHER}"`

for (const kind of registryKinds()) {
  const via = kind.referrersApi ? 'referrers-api' : 'tag-schema'

  for (const rekorVersion of [1, 2] as const) {
    test(`cosign verify reads the bundle referrer the cosign-keyless action attaches (Rekor v${rekorVersion}), for the signer only (${kind.name})`, async t => {
      const env = await cosignEnvironment({ t, kind, rekorVersion })
      const { image, reference } = await pushSampleImage({ env, tag: 'v1' })
      const signed = await signImagesWithAction({
        t,
        env,
        images: `${registryOf(env).host}/${REPOSITORY}:v1`
      })
      assert.equal(signed.exitCode, 0, errorMessages(signed))
      const stored = await imageBundles({ env, digest: image.digest })
      assert.equal(stored.bundles.length, 1)
      assert.equal(rekorVersionOf(stored.bundles[0]!), rekorVersion)
      // Where the registry has the referrers API, nothing is left under the tag schema: cosign
      // can only have found the bundle through the API.
      assert.equal(stored.tagSchemaIndex, !kind.referrersApi)
      const verify = (identity: string) =>
        cosignVerify({ env, command: 'verify', identity, args: [reference] })

      const accepted = await verify(SAN)
      assert.equal(accepted.code, 0, accepted.output)
      // cosign prints a verified v3 bundle as claims whose type is the statement's predicate type.
      const [claims, ...more] = jsonLines<CosignVerified>(accepted.stdout)
      assert.equal(more.length, 0, accepted.stdout)
      assert.equal(claims?.critical.type, COSIGN_SIGN_PREDICATE)
      assert.equal(claims.critical.image['docker-manifest-digest'], image.digest)

      const refused = await verify(OTHER)
      assert.notEqual(refused.code, 0)
      assert.ok(refused.output.includes(BUNDLE_IDENTITY_REFUSED), refused.output)
    })
  }

  test(`cosign verify --new-bundle-format=false reads the legacy .sig tag of legacy-tag-format, for the signer only (${kind.name})`, async t => {
    const env = await cosignEnvironment({ t, kind })
    const { image, reference } = await pushSampleImage({ env, tag: 'v1' })
    const signed = await signImagesWithAction({
      t,
      env,
      images: `${registryOf(env).host}/${REPOSITORY}:v1`,
      legacyTagFormat: true
    })
    assert.equal(signed.exitCode, 0, errorMessages(signed))
    // The image also has a bundle referrer, which cosign would prefer: the flag makes it read
    // the `.sig` tag instead.
    const verify = (identity: string) =>
      cosignVerify({
        env,
        command: 'verify',
        identity,
        args: ['--new-bundle-format=false', reference]
      })

    const accepted = await verify(SAN)
    assert.equal(accepted.code, 0, accepted.output)
    const [claims, ...more] = jsonLines<CosignVerified>(accepted.stdout)
    assert.equal(more.length, 0, accepted.stdout)
    assert.deepEqual(claims?.critical, {
      identity: { 'docker-reference': `${registryOf(env).host}/${REPOSITORY}` },
      image: { 'docker-manifest-digest': image.digest },
      type: 'cosign container image signature'
    })
    // The layer's Rekor bundle and RFC 3161 timestamp annotations were read.
    assert.equal(claims.optional?.['Subject'], SAN)
    assert.ok(claims.optional?.['Bundle'], accepted.stdout)
    assert.ok(claims.optional?.['RFC3161Timestamp'], accepted.stdout)

    const refused = await verify(OTHER)
    assert.notEqual(refused.code, 0)
    assert.ok(refused.output.includes(LEGACY_IDENTITY_REFUSED), refused.output)
  })

  test(`cosign verify falls back to the .sig tag writeLegacySignature writes on an image without bundles (${kind.name})`, async t => {
    const env = await cosignEnvironment({ t, kind })
    const { image, reference } = await pushSampleImage({ env, tag: 'v1' })
    const registry = registryOf(env)
    const written = await writeLegacySignature({
      client: env.client,
      repo: { registry: registry.host, repository: REPOSITORY },
      subject: image,
      signer: keylessSigner(env),
      dockerReference: `${registry.host}/${REPOSITORY}`,
      annotations: { release: 'v1' }
    })
    assert.equal(written.tag, `sha256-${image.digest.slice(7)}.sig`)
    assert.deepEqual((await imageBundles({ env, digest: image.digest })).bundles, [])
    const verify = (identity: string) =>
      cosignVerify({ env, command: 'verify', identity, args: ['-a', 'release=v1', reference] })

    const accepted = await verify(SAN)
    assert.equal(accepted.code, 0, accepted.output)
    const [claims] = jsonLines<CosignVerified>(accepted.stdout)
    assert.equal(claims?.critical.type, 'cosign container image signature')
    assert.equal(claims.critical.image['docker-manifest-digest'], image.digest)
    assert.equal(claims.optional?.['release'], 'v1')

    const refused = await verify(OTHER)
    assert.notEqual(refused.code, 0)
    assert.ok(refused.output.includes(LEGACY_IDENTITY_REFUSED), refused.output)
  })

  for (const rekorVersion of [1, 2] as const) {
    test(`sign verify and the verify action read cosign sign's bundle referrer (Rekor v${rekorVersion}), for the signer only (${kind.name})`, async t => {
      const env = await cosignEnvironment({ t, kind })
      const { image, reference } = await pushSampleImage({ env, tag: 'v1' })
      const signed = await cosignSign({ env, command: 'sign', args: [reference], rekorVersion })
      assert.equal(signed.code, 0, signed.output)
      // cosign keeps the tag schema only where the registry has no referrers API.
      const stored = await imageBundles({ env, digest: image.digest })
      assert.equal(stored.bundles.length, 1)
      assert.equal(rekorVersionOf(stored.bundles[0]!), rekorVersion)
      assert.equal(stored.tagSchemaIndex, !kind.referrersApi)

      for (const verify of [
        (identity: string) => signVerify({ env, identity, targets: [reference] }),
        (identity: string) => verifyAction({ t, env, identity, target: { images: reference } })
      ]) {
        const accepted = await verify(SAN)
        assert.equal(accepted.code, 0, accepted.reason)
        assert.equal(accepted.report.verified, true)
        const found = onlySignature(accepted.report)
        assert.deepEqual(
          [found.kind, found.via, found.predicateType, found.verdict, found.identity, found.issuer],
          ['sigstore-bundle', via, COSIGN_SIGN_PREDICATE, 'verified', SAN, ISSUER]
        )

        const refused = await verify(OTHER)
        assert.equal(refused.code, 1, refused.reason)
        assert.equal(refused.report.verified, false)
        assert.equal(onlySignature(refused.report).verdict, 'failed')
        assert.ok(refused.reason.includes(OUR_IDENTITY_REFUSED), refused.reason)
      }
    })
  }

  test(`sign verify and the verify action read the .sig tag of cosign sign --new-bundle-format=false, for the signer only (${kind.name})`, async t => {
    const env = await cosignEnvironment({ t, kind })
    const { reference } = await pushSampleImage({ env, tag: 'v1' })
    const signed = await cosignSign({
      env,
      command: 'sign',
      args: ['--new-bundle-format=false', reference],
      rekorVersion: 1
    })
    assert.equal(signed.code, 0, signed.output)

    for (const verify of [
      (identity: string) => signVerify({ env, identity, targets: [reference] }),
      (identity: string) => verifyAction({ t, env, identity, target: { images: reference } })
    ]) {
      const accepted = await verify(SAN)
      assert.equal(accepted.code, 0, accepted.reason)
      const found = onlySignature(accepted.report)
      assert.deepEqual(
        [found.kind, found.via, found.verdict, found.identity],
        ['cosign-signature', 'cosign-sig-tag', 'verified', SAN]
      )

      const refused = await verify(OTHER)
      assert.equal(refused.code, 1, refused.reason)
      assert.equal(onlySignature(refused.report).verdict, 'failed')
      assert.ok(refused.reason.includes(OUR_IDENTITY_REFUSED), refused.reason)
    }
  })
}
