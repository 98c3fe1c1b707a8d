// Images through the built bundle, on both registries (distribution with the referrers tag
// schema, olareg with the OCI 1.1 referrers API): an index gets, per platform manifest, the SBOM
// as a referrer shaped exactly as `oras attach` writes it and a cosign v3 bundle referrer whose
// attestation verifies for the run's identity and carries that very SBOM; the index itself gets
// none, and the registry password appears nowhere in the log, outputs or summary; an image that
// is not there stops the step before any SBOM is written, and so does a Fulcio that cannot be
// reached: every SBOM is generated and signed before the first push or write.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  fetchBlob,
  fetchManifest,
  listReferrers,
  pushImage,
  listTags,
  type ImageManifest,
  type Repository
} from '@sign/oci'
import { validateSbom } from '@sign/sbom'
import { findSecretLeaks, listFiles, makeWorkspace, sampleImage } from '@sign/testenv'
import {
  startKeylessEnvironment,
  type KeylessEnvironment
} from '../../cosign-keyless/test/fixtures/environment.ts'
import {
  actionRegistryKinds,
  registryPassword
} from '../../cosign-keyless/test/fixtures/registries.ts'
import {
  imageBundles,
  verifierFor,
  verifyImageBundle,
  WORKFLOW_IDENTITY
} from '../../cosign-keyless/test/fixtures/verify.ts'
import {
  buildGoProgram,
  DPKG_PACKAGE,
  GO_PACKAGES,
  pushReleaseImage,
  pushReleaseIndex
} from './fixtures/release.ts'
import { errorMessages, runSbomAttach, sbomsOutput } from './fixtures/run-sbom-attach.ts'

let env: KeylessEnvironment
let goBinary: Buffer
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'token', referrersRegistry: true })
  const dir = await mkdtemp(join(tmpdir(), 'sbom-attach-go-'))
  goBinary = await readFile(await buildGoProgram({ dir, name: 'tool' }))
})
after(() => env.stop())

const SPDX = 'application/spdx+json'
const CYCLONEDX = 'application/vnd.cyclonedx+json'
const EMPTY = {
  mediaType: 'application/vnd.oci.empty.v1+json',
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2
}

for (const kind of actionRegistryKinds({ auth: 'token' })) {
  test(`images on ${kind.name}: an SBOM referrer and a signed attestation per platform manifest`, async t => {
    const { registry, client } = env.on(kind)
    const repo: Repository = { registry: registry.host, repository: 'octo/app' }
    const { index, platforms } = await pushReleaseIndex({ client, repo, tag: 'v1', goBinary })
    const workspace = await makeWorkspace(t, {})
    const result = await runSbomAttach(env, {
      workspace,
      registry,
      inputs: { images: `${registry.host}/octo/app:v1`, format: 'spdx-json,cyclonedx-json' }
    })
    assert.equal(result.exitCode, 0, errorMessages(result))
    const password = registryPassword(registry)
    if (password !== undefined) assert.deepEqual(findSecretLeaks(result, password), [])
    const records = sbomsOutput(result)
    assert.deepEqual(
      records.map(record => [record.subject, record.platform, record.format]).sort(),
      platforms
        .flatMap(platform =>
          ['spdx-json', 'cyclonedx-json'].map(format => [
            `${registry.host}/octo/app@${platform.digest}`,
            `linux/${platform.platform?.architecture}`,
            format
          ])
        )
        .sort()
    )
    // The index is no filesystem: nothing refers to it.
    assert.deepEqual(
      (await listReferrers({ client, repo, subjectDigest: index.digest })).referrers,
      []
    )

    const verifier = verifierFor(env.stack)
    for (const platform of platforms) {
      for (const [artifactType, title, predicateType] of [
        [SPDX, 'sbom.spdx.json', 'https://spdx.dev/Document'],
        [CYCLONEDX, 'sbom.cdx.json', 'https://cyclonedx.org/bom']
      ] as const) {
        const { referrers, source } = await listReferrers({
          client,
          repo,
          subjectDigest: platform.digest,
          artifactType
        })
        assert.equal(source, kind.referrersApi ? 'api' : 'tag-schema')
        assert.equal(referrers.length, 1, `one ${artifactType} referrer of ${platform.digest}`)
        const [referrer] = referrers
        const fetched = await fetchManifest({ client, repo, reference: referrer?.digest ?? '' })
        const manifest = JSON.parse(fetched?.bytes.toString() ?? 'null') as ImageManifest
        const [layer] = manifest.layers
        const sbomBytes = await fetchBlob({ client, repo, digest: layer?.digest ?? '' })
        // Exactly the manifest `oras attach --artifact-type <type> <image> <file>:<type>` writes.
        assert.deepEqual(manifest, {
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          artifactType,
          config: EMPTY,
          layers: [
            {
              mediaType: artifactType,
              digest: layer?.digest,
              size: sbomBytes.length,
              annotations: { 'org.opencontainers.image.title': title }
            }
          ],
          subject: {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: platform.digest,
            size: platform.size
          },
          annotations: {
            'org.opencontainers.image.created':
              manifest.annotations?.['org.opencontainers.image.created']
          }
        })
        assert.match(
          manifest.annotations?.['org.opencontainers.image.created'] ?? '',
          /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/
        )
        const document = JSON.parse(sbomBytes.toString()) as Record<string, unknown>
        assert.deepEqual(validateSbom({ document }), [])
        const names = packageNames(document)
        for (const name of [DPKG_PACKAGE.name, ...GO_PACKAGES]) {
          assert.ok(names.includes(name), `${artifactType} lists ${name}: ${names.join(', ')}`)
        }
        const record = records.find(
          item =>
            item.digest === platform.digest &&
            item.format === (artifactType === SPDX ? 'spdx-json' : 'cyclonedx-json')
        )
        assert.equal(record?.referrer, referrer?.digest)
        assert.equal(record?.packages, names.length)

        // The attestation: a bundle referrer with this predicate type, signed by the workflow,
        // about this platform manifest, carrying the very SBOM of the referrer.
        const bundles = (await imageBundles({ client, repo, digest: platform.digest })).filter(
          item => item.manifest.annotations?.['dev.sigstore.bundle.predicateType'] === predicateType
        )
        assert.equal(bundles.length, 1)
        const [bundle] = bundles
        assert.equal(record?.attestation, bundle?.referrer)
        const { signer, statement } = verifyImageBundle(verifier, bundle!.bundle)
        assert.equal(signer.identity?.subjectAlternativeName, WORKFLOW_IDENTITY)
        assert.equal(statement.predicateType, predicateType)
        assert.deepEqual(statement.subject, [
          { name: `${registry.host}/octo/app`, digest: { sha256: platform.digest.slice(7) } }
        ])
        assert.deepEqual((statement as { predicate?: unknown }).predicate, document)
      }
    }
    // Nothing but the image, its tag and (without the API) the tag-schema indexes.
    const tags = (await listTags({ client, repo })).sort()
    const expected = kind.referrersApi
      ? ['v1']
      : ['v1', ...platforms.map(platform => platform.digest.replace(':', '-'))].sort()
    assert.deepEqual(tags, expected)
    assert.match(result.summary, /oras discover/)
    assert.match(result.summary, /cosign verify-attestation/)
  })
}

test('an image that is not there: a failure naming it, and no SBOM written for the files either', async t => {
  const { registry } = env.on(actionRegistryKinds({ auth: 'token' })[1]!)
  const workspace = await makeWorkspace(t, { 'dist/app': Buffer.from('app') })
  const result = await runSbomAttach(env, {
    workspace,
    registry,
    inputs: { images: `${registry.host}/octo/missing:v9`, files: 'dist/app' }
  })
  assert.equal(result.exitCode, 1)
  assert.match(errorMessages(result), /octo\/missing/)
  assert.match(errorMessages(result), /v9/)
  assert.deepEqual(await listFiles(workspace), ['dist/app'], 'no SBOM written for the file')
})

test('an image whose layer is not a tar: a configuration error naming the input, nothing pushed or written', async t => {
  const kind = actionRegistryKinds({ auth: 'token' })[1]!
  const { registry, client } = env.on(kind)
  const repo: Repository = { registry: registry.host, repository: 'octo/not-a-tar' }
  const image = await pushImage({ client, repo, reference: 'v1', ...sampleImage() })
  const workspace = await makeWorkspace(t, { 'dist/app': Buffer.from('app') })
  const result = await runSbomAttach(env, {
    workspace,
    registry,
    inputs: { images: `${registry.host}/octo/not-a-tar:v1`, files: 'dist/app' }
  })
  assert.equal(result.exitCode, 1)
  const message = errorMessages(result)
  assert.match(message, /^Input 'images': no SBOM can be made of .*octo\/not-a-tar@sha256:/)
  assert.match(message, /rootfs\.diff_ids do not match its layers/)
  assert.doesNotMatch(message, /Internal error|report the issue/)
  assert.deepEqual(
    (await listReferrers({ client, repo, subjectDigest: image.digest })).referrers,
    []
  )
  assert.deepEqual(await listFiles(workspace), ['dist/app'])
})

/** The package names of an SPDX or CycloneDX document (without the described root). */
function packageNames(document: Record<string, unknown>): string[] {
  if (Array.isArray(document['packages'])) {
    return (document['packages'] as { name: string; SPDXID: string }[])
      .filter(pkg => !pkg.SPDXID.startsWith('SPDXRef-DocumentRoot'))
      .map(pkg => pkg.name)
  }
  return ((document['components'] ?? []) as { name: string }[]).map(pkg => pkg.name)
}

test('Fulcio unreachable: the SBOMs were generated, but nothing is pushed or written', async t => {
  const kind = actionRegistryKinds({ auth: 'token' })[1]!
  const { registry, client } = env.on(kind)
  const repo: Repository = { registry: registry.host, repository: 'octo/unsigned' }
  const image = await pushReleaseImage({ client, repo, tag: 'v1', goBinary })
  const workspace = await makeWorkspace(t, { 'dist/app': Buffer.from('app') })
  const result = await runSbomAttach(env, {
    workspace,
    registry,
    inputs: {
      images: `${registry.host}/octo/unsigned:v1`,
      files: 'dist/app',
      'fulcio-url': 'http://127.0.0.1:1'
    }
  })
  assert.equal(result.exitCode, 1)
  assert.match(errorMessages(result), /127\.0\.0\.1:1/)
  // Both SBOMs were made (the log says so) before signing failed.
  assert.match(result.log, /"?dist\/app"? sha256:[0-9a-f]{64}: file, 0 package\(s\)/)
  assert.match(result.log, /\(linux\/amd64\): \d+ package\(s\)/)
  assert.deepEqual(
    (await listReferrers({ client, repo, subjectDigest: image.digest })).referrers,
    []
  )
  assert.deepEqual(await listFiles(workspace), ['dist/app'])
})
