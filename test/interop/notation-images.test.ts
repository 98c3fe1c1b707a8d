// notation 1.3 and this suite read each other's Notary Project signatures of images, on a
// registry without the referrers API (distribution 2.8: the referrers tag schema) and on one with
// it (olareg). notation verify accepts what dist/notation-sign-akv attached (JWS with an RSA 3072
// key and COSE with an EC P-384 key in Key Vault, each issued through an intermediate by a root of
// its own; our signature manifest form) with those roots in its trust store, checks the user
// metadata we signed, and refuses the signatures with another root. sign verify and the verify
// action accept what notation sign attached (JWS with notation's self-signed test certificate,
// COSE with a CA-issued EC P-384 key; notation 1.x's legacy manifest form), naming the signer as
// notation does, and refuse it with another root.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  createRegistryClient,
  fetchManifest,
  listReferrers,
  listTags,
  pushImage,
  type Descriptor
} from '@sign/oci'
import {
  caIssuedCodeSigningChain,
  DEFAULT_SIGNER_SUBJECT,
  makeWorkspace,
  sampleImage,
  startReferrersRegistry,
  startRegistry
} from '@sign/testenv'
import {
  notationHome,
  ociTrustPolicy,
  writeTrustStore,
  type NotationHome
} from './fixtures/notation-config.ts'
import {
  addVaultCertificate,
  errorMessages,
  signWithAction,
  startKeyVaultSigning
} from './fixtures/notation-signing.ts'
import { signVerify, verifyWithAction, writeOurTrust } from './fixtures/notation-sign-verify.ts'

const REPOSITORY = 'octo-org/app'
const NOTARY_SIGNATURE = 'application/vnd.cncf.notary.signature'
const NOTATION_UNTRUSTED =
  /authenticity validation failed\. Failure reason: the signature's certificate chain does not contain any trusted certificate/
const OUR_UNTRUSTED =
  /authenticity validation failed: the signature's certificate chain does not contain any trusted certificate/

/** A registry the tests push to over plain HTTP, and whether it serves the referrers API. */
interface PlainRegistry {
  host: string
  referrersApi: boolean
}

/**
 * Asserts how the referrers of `digest` were stored: the `sha256-<hex>` tag index exists on a
 * registry without the referrers API, and none was made where the API indexed them.
 */
async function assertReferrersStorage(registry: PlainRegistry, digest: string): Promise<void> {
  const tags = await listTags({
    client: createRegistryClient(),
    repo: { registry: registry.host, repository: REPOSITORY }
  })
  assert.equal(
    tags.includes(digest.replace(':', '-')),
    !registry.referrersApi,
    `tags: ${tags.join(', ')}`
  )
}

/** Pushes a sample image under `tag` to the test repository. */
async function pushSample(registry: PlainRegistry, tag: string): Promise<Descriptor> {
  return pushImage({
    client: createRegistryClient(),
    repo: { registry: registry.host, repository: REPOSITORY },
    reference: tag,
    ...sampleImage({ layerText: `${tag}\n` })
  })
}

/**
 * The artifactType and config media type of an image's one Notary Project signature manifest
 * (notation 1.x writes the legacy form: no artifactType, config application/vnd.cncf.notary.
 * signature; we write artifactType with the empty config).
 */
async function signatureManifestForm(
  registry: PlainRegistry,
  digest: string
): Promise<[string | undefined, string | undefined]> {
  const client = createRegistryClient()
  const repo = { registry: registry.host, repository: REPOSITORY }
  const { referrers } = await listReferrers({
    client,
    repo,
    subjectDigest: digest,
    artifactType: NOTARY_SIGNATURE
  })
  assert.equal(referrers.length, 1, JSON.stringify(referrers))
  const fetched = await fetchManifest({ client, repo, reference: referrers[0]!.digest })
  const manifest = JSON.parse(fetched?.bytes.toString() ?? '{}') as {
    artifactType?: string
    config?: { mediaType?: string }
  }
  return [manifest.artifactType, manifest.config?.mediaType]
}

/** Options of {@link configureNotation}. */
interface ConfigureNotationOptions {
  home: NotationHome
  registry: PlainRegistry
  /** Trust store `ca:sign` contents. */
  certificates: string[]
  trustedIdentity: string
}

/** Writes notation's trustpolicy.json (strict, the test repository) and its trust store. */
async function configureNotation(options: ConfigureNotationOptions): Promise<void> {
  const { home } = options
  await writeFile(
    // notation 1.3 reads the OCI policy from trustpolicy.json only (trustpolicy.oci.json is 2.x).
    join(home.config, 'trustpolicy.json'),
    ociTrustPolicy([
      {
        name: 'sign',
        registryScopes: [`${options.registry.host}/${REPOSITORY}`],
        trustStore: 'sign',
        trustedIdentities: [options.trustedIdentity]
      }
    ])
  )
  await writeTrustStore({
    directory: join(home.config, 'truststore'),
    name: 'sign',
    certificates: options.certificates
  })
}

/** A signature as `notation inspect` describes it. */
interface Inspected {
  mediaType: string
  signatureAlgorithm: string
  /** The leaf certificate's subject as notation prints it (Go's pkix.Name form). */
  signer: string | undefined
}

/** Every signature of an image as `notation inspect` lists it. */
async function inspectSignatures(home: NotationHome, reference: string): Promise<Inspected[]> {
  const inspected = await home.notation([
    'inspect',
    '--insecure-registry',
    '--output',
    'json',
    reference
  ])
  assert.equal(inspected.code, 0, inspected.output)
  // notation 1.3's inspect writes the list under "Signatures".
  const { Signatures: signatures } = JSON.parse(inspected.stdout) as {
    Signatures?: {
      mediaType: string
      signatureAlgorithm: string
      certificates: { issuedTo: string }[]
    }[]
  }
  return (signatures ?? []).map(signature => ({
    mediaType: signature.mediaType,
    signatureAlgorithm: signature.signatureAlgorithm,
    signer: signature.certificates[0]?.issuedTo
  }))
}

/** Our signatures of two images (JWS, COSE), read by notation verify and inspect. */
async function notationReadsOurs(t: TestContext, registry: PlainRegistry): Promise<void> {
  const signing = await startKeyVaultSigning(t)
  const rsa = await addVaultCertificate({
    t,
    signing,
    name: 'release-rsa',
    spec: { kind: 'rsa', bits: 3072 }
  })
  const ec = await addVaultCertificate({
    t,
    signing,
    name: 'release-ec',
    spec: { kind: 'ec', curve: 'P-384' }
  })
  const workspace = await makeWorkspace(t, {})
  const signed = []
  for (const [format, certificate] of [
    ['jws', rsa],
    ['cose', ec]
  ] as const) {
    const image = await pushSample(registry, format)
    const result = await signWithAction({
      signing,
      workspace,
      inputs: {
        ...certificate.inputs,
        'signature-format': format,
        images: `${registry.host}/${REPOSITORY}:${format}`,
        'user-metadata': `buildId=${format}-42`,
        expiry: '24h'
      }
    })
    assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
    await assertReferrersStorage(registry, image.digest)
    assert.deepEqual(await signatureManifestForm(registry, image.digest), [
      NOTARY_SIGNATURE,
      'application/vnd.oci.empty.v1+json'
    ])
    signed.push({ format, reference: `${registry.host}/${REPOSITORY}@${image.digest}` })
  }

  const trusting = await notationHome(t)
  t.diagnostic(`notation ${trusting.tool.version}`)
  await configureNotation({
    home: trusting,
    registry,
    certificates: [rsa.root.pem, ec.root.pem],
    trustedIdentity: `x509.subject: ${DEFAULT_SIGNER_SUBJECT}`
  })
  const other = await notationHome(t)
  const [, , otherRoot] = await caIssuedCodeSigningChain()
  await configureNotation({
    home: other,
    registry,
    certificates: [otherRoot!.pem],
    trustedIdentity: `x509.subject: ${DEFAULT_SIGNER_SUBJECT}`
  })
  for (const { format, reference } of signed) {
    assert.deepEqual(await inspectSignatures(trusting, reference), [
      {
        ...(format === 'jws'
          ? { mediaType: 'application/jose+json', signatureAlgorithm: 'RSASSA-PSS-SHA-384' }
          : { mediaType: 'application/cose', signatureAlgorithm: 'ECDSA-SHA-384' }),
        signer: DEFAULT_SIGNER_SUBJECT
      }
    ])
    // The user metadata we signed into the payload is what notation's --user-metadata checks.
    const accepted = await trusting.notation([
      'verify',
      '--insecure-registry',
      '--user-metadata',
      `buildId=${format}-42`,
      reference
    ])
    assert.equal(accepted.code, 0, `${format}: ${accepted.output}`)
    assert.match(accepted.output, new RegExp(`Successfully verified signature for ${reference}`))
    const otherBuild = await trusting.notation([
      'verify',
      '--verbose',
      '--insecure-registry',
      '--user-metadata',
      `buildId=${format}-43`,
      reference
    ])
    assert.notEqual(otherBuild.code, 0, `${format}: ${otherBuild.output}`)
    assert.match(otherBuild.output, /unable to find specified metadata in the signature/)
    // --verbose: notation prints each signature's failure reason only then.
    const refused = await other.notation(['verify', '--verbose', '--insecure-registry', reference])
    assert.notEqual(refused.code, 0, `${format}: ${refused.output}`)
    assert.match(refused.output, NOTATION_UNTRUSTED, `${format}: ${refused.output}`)
  }
}

/** notation's signatures of two images (JWS, COSE), read by sign verify and the verify action. */
async function weReadNotations(t: TestContext, registry: PlainRegistry): Promise<void> {
  const home = await notationHome(t)
  t.diagnostic(`notation ${home.tool.version}`)
  // JWS: notation's own test key (RSA 2048, self-signed), the default signing key.
  const generated = await home.notation(['cert', 'generate-test', '--default', 'interop'])
  assert.equal(generated.code, 0, generated.output)
  const testCertificate = await readFile(join(home.config, 'localkeys', 'interop.crt'), 'utf8')
  // COSE: an EC P-384 key whose certificate a root issued through an intermediate, configured
  // as a local key in signingkeys.json with its chain (leaf first).
  const chain = await caIssuedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-384' } })
  const keyPath = join(home.config, 'localkeys', 'ca-issued.key')
  const certPath = join(home.config, 'localkeys', 'ca-issued.crt')
  await writeFile(keyPath, chain[0]!.key.privateKeyPem, { mode: 0o600 })
  await writeFile(certPath, chain.map(certificate => `${certificate.pem}\n`).join(''))
  const signingKeys = JSON.parse(await readFile(join(home.config, 'signingkeys.json'), 'utf8')) as {
    keys: object[]
  }
  signingKeys.keys.push({ name: 'ca-issued', keyPath, certPath })
  await writeFile(join(home.config, 'signingkeys.json'), JSON.stringify(signingKeys))

  const signed = []
  for (const [format, key] of [
    ['jws', 'interop'],
    ['cose', 'ca-issued']
  ] as const) {
    const image = await pushSample(registry, format)
    const reference = `${registry.host}/${REPOSITORY}@${image.digest}`
    const result = await home.notation([
      'sign',
      '--insecure-registry',
      '--signature-format',
      format,
      '--key',
      key,
      // notation 1.3 keeps to the tag schema unless told it may use the referrers API.
      `--force-referrers-tag=${String(!registry.referrersApi)}`,
      reference
    ])
    assert.equal(result.code, 0, `${format}: ${result.output}`)
    await assertReferrersStorage(registry, image.digest)
    assert.deepEqual(await signatureManifestForm(registry, image.digest), [
      undefined,
      NOTARY_SIGNATURE
    ])
    const [inspected, ...more] = await inspectSignatures(home, reference)
    assert.ok(inspected && more.length === 0, `${format}: one signature`)
    signed.push({ format, reference, signer: inspected.signer })
  }

  const identities = {
    jws: 'CN=interop,O=Notary,L=Seattle,ST=WA,C=US',
    cose: DEFAULT_SIGNER_SUBJECT
  }
  const policy = ociTrustPolicy([
    {
      name: 'notation',
      registryScopes: [`${registry.host}/${REPOSITORY}`],
      trustStore: 'notation',
      trustedIdentities: Object.values(identities).map(subject => `x509.subject: ${subject}`)
    }
  ])
  const trusting = await writeOurTrust({
    t,
    policy,
    policyFile: 'trustpolicy.oci.json',
    storeName: 'notation',
    certificates: [testCertificate, chain[2]!.pem]
  })
  const [, , otherRoot] = await caIssuedCodeSigningChain()
  const other = await writeOurTrust({
    t,
    policy,
    policyFile: 'trustpolicy.oci.json',
    storeName: 'notation',
    certificates: [otherRoot!.pem]
  })
  const via = registry.referrersApi ? 'referrers-api' : 'tag-schema'
  for (const { format, reference, signer } of signed) {
    const accepted = await signVerify({ trust: trusting, targets: [reference] })
    assert.equal(accepted.code, 0, `${format}: ${accepted.output}`)
    // The signer named as notation names it.
    assert.equal(signer, identities[format])
    assert.deepEqual(
      accepted.signatures.map(s => [s.kind, s.via, s.verdict, s.identity]),
      [['notation', via, 'verified', signer]],
      `${format}: ${accepted.output}`
    )
    const refused = await signVerify({ trust: other, targets: [reference] })
    assert.equal(refused.code, 1, `${format}: ${refused.output}`)
    assert.deepEqual(
      refused.signatures.map(s => [s.kind, s.verdict]),
      [['notation', 'failed']]
    )
    assert.match(refused.signatures[0]?.reason ?? '', OUR_UNTRUSTED, refused.output)
  }

  // The verify action, on both images in one step.
  const workspace = await makeWorkspace(t, {})
  const images = signed.map(({ reference }) => reference)
  const passed = await verifyWithAction({ trust: trusting, workspace, images })
  assert.equal(passed.result.exitCode, 0, passed.result.log)
  assert.deepEqual(
    Object.fromEntries(
      passed.report.subjects.map(subject => [
        subject.subject,
        [subject.verified, subject.signatures.map(s => s.identity)]
      ])
    ),
    Object.fromEntries(signed.map(({ reference, signer }) => [reference, [true, [signer]]]))
  )
  const failed = await verifyWithAction({ trust: other, workspace, images })
  assert.equal(failed.result.exitCode, 1, failed.result.log)
  for (const subject of failed.report.subjects) {
    assert.equal(subject.verified, false)
    assert.match(subject.signatures[0]?.reason ?? '', OUR_UNTRUSTED)
  }
}

test('notation verify reads our JWS and COSE image signatures on the tag schema (distribution)', async t => {
  const registry = await startRegistry({ mode: 'anonymous' })
  t.after(() => registry.stop())
  await notationReadsOurs(t, { host: registry.host, referrersApi: false })
})

test('sign verify reads notation sign JWS and COSE image signatures on the tag schema (distribution)', async t => {
  const registry = await startRegistry({ mode: 'anonymous' })
  t.after(() => registry.stop())
  await weReadNotations(t, { host: registry.host, referrersApi: false })
})

test('notation verify reads our JWS and COSE image signatures through the referrers API (olareg)', async t => {
  const registry = await startReferrersRegistry()
  t.after(() => registry.stop())
  t.diagnostic(registry.server)
  await notationReadsOurs(t, { host: registry.host, referrersApi: true })
})

test('sign verify reads notation sign JWS and COSE image signatures through the referrers API (olareg)', async t => {
  const registry = await startReferrersRegistry()
  t.after(() => registry.stop())
  await weReadNotations(t, { host: registry.host, referrersApi: true })
})
