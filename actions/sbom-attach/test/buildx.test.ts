// BuildKit attestations lifted, through the built bundle, on both registries: for image indexes
// of all four BuildKit generations (docker buildx --sbom --provenance; legacy and OCI-artifact
// attestation manifests), every statement is signed byte for byte as BuildKit wrote it, with the
// step's one certificate, and attached to its own platform manifest as a cosign v3 bundle
// referrer with its predicate type, while the index keeps its digest and the step's own SBOMs are
// attached beside them. An attestation that lies about its platform stops the step before
// anything is pushed; lift-buildx-attestations false leaves the attestations alone.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { listReferrers, registryStore, resolveManifest, type Repository } from '@sign/oci'
import {
  BUILDKIT_GENERATIONS,
  buildkitIndex,
  makeWorkspace,
  sampleImageWithFiles,
  type BuildkitIndex,
  pushBuildkitIndex
} from '@sign/testenv'
import {
  startKeylessEnvironment,
  type KeylessEnvironment
} from '../../cosign-keyless/test/fixtures/environment.ts'
import { actionRegistryKinds } from '../../cosign-keyless/test/fixtures/registries.ts'
import {
  imageBundles,
  verifierFor,
  verifyImageBundle,
  WORKFLOW_IDENTITY
} from '../../cosign-keyless/test/fixtures/verify.ts'
import type { LiftedRecord } from '../src/report/lifted-record.ts'
import { errorMessages, runSbomAttach, sbomsOutput } from './fixtures/run-sbom-attach.ts'

let env: KeylessEnvironment
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'token', referrersRegistry: true })
})
after(() => env.stop())

const OS_RELEASE = 'ID=debian\nVERSION_ID="13"\nPRETTY_NAME="Debian GNU/Linux 13 (trixie)"\n'

function attestedIndex(name: string, generation: (typeof BUILDKIT_GENERATIONS)[number]) {
  return buildkitIndex({
    generation,
    name,
    platforms: ['amd64', 'arm64'].map(architecture => ({
      image: sampleImageWithFiles({
        files: { 'etc/os-release': OS_RELEASE, [`srv/${architecture}`]: architecture },
        platform: { os: 'linux', architecture }
      }),
      platform: { os: 'linux', architecture }
    }))
  })
}

const liftedOutput = (outputs: Record<string, string>) =>
  JSON.parse(outputs['lifted'] ?? '[]') as LiftedRecord[]

for (const kind of actionRegistryKinds({ auth: 'token' })) {
  test(`every BuildKit generation on ${kind.name}: each statement signed as it is and attached to its platform`, async t => {
    const { registry, client } = env.on(kind)
    const pushed: { repo: Repository; built: BuildkitIndex; generation: string }[] = []
    for (const generation of BUILDKIT_GENERATIONS) {
      const repo = {
        registry: registry.host,
        repository: `octo/buildx-${generation.replace('.', '-')}`
      }
      const built = attestedIndex(`${registry.host}/${repo.repository}:v1`, generation)
      await pushBuildkitIndex({ store: registryStore({ client, repo }), built, tag: 'v1' })
      pushed.push({ repo, built, generation })
    }
    const workspace = await makeWorkspace(t, {})
    const result = await runSbomAttach(env, {
      workspace,
      registry,
      keepTemp: true,
      inputs: {
        images: pushed.map(({ repo }) => `${registry.host}/${repo.repository}:v1`).join('\n')
      }
    })
    assert.equal(result.exitCode, 0, errorMessages(result))
    const lifted = liftedOutput(result.outputs)
    assert.equal(lifted.length, BUILDKIT_GENERATIONS.length * 2 * 2, 'two statements per platform')
    const verifier = verifierFor(env.stack)
    const certificates = new Set<string>()
    for (const { repo, built, generation } of pushed) {
      // The index is untouched: the tag still names the digest pushed.
      assert.equal(
        (await resolveManifest({ client, repo, reference: 'v1' })).digest,
        built.index.digest
      )
      for (const statement of built.statements) {
        const subject = `${registry.host}/${repo.repository}@${statement.platformDigest}`
        const record = lifted.find(
          item => item.subject === subject && item.predicateType === statement.predicateType
        )
        assert.ok(record, `${generation}: ${statement.predicateType} of ${subject} lifted`)
        assert.equal(record.index, `${registry.host}/${repo.repository}@${built.index.digest}`)
        assert.equal(record.attestationManifest, statement.attestationDigest)
        assert.equal(record.form, generation === 'v0.32' ? 'oci-artifact' : 'legacy')
        const bundles = (
          await imageBundles({ client, repo, digest: statement.platformDigest })
        ).filter(item => item.referrer === record.attestation)
        assert.equal(bundles.length, 1, `${generation}: the bundle referrer is listed`)
        const [bundle] = bundles
        assert.equal(
          bundle?.manifest.annotations?.['dev.sigstore.bundle.predicateType'],
          statement.predicateType
        )
        const { signer } = verifyImageBundle(verifier, bundle.bundle)
        assert.equal(signer.identity?.subjectAlternativeName, WORKFLOW_IDENTITY)
        // Signed byte for byte: the DSSE payload is the very layer BuildKit stored.
        const content = bundle.bundle.content
        assert.equal(content.$case, 'dsseEnvelope')
        if (content.$case === 'dsseEnvelope') {
          assert.ok(
            content.dsseEnvelope.payload.equals(statement.payload),
            `${generation}: same bytes`
          )
        }
        const chain = bundle.bundle.verificationMaterial.content
        if (chain.$case === 'certificate')
          certificates.add(chain.certificate.rawBytes.toString('base64'))
      }
    }
    // The step's own SBOMs went beside them, and one certificate signed everything.
    const records = sbomsOutput(result)
    assert.equal(records.length, BUILDKIT_GENERATIONS.length * 2)
    assert.equal(certificates.size, 1, 'one certificate for every lifted statement')
    assert.equal(
      readFileSync(result.outputs['certificate'] ?? '', 'utf8').match(/BEGIN CERTIFICATE/g)?.length,
      1
    )
    assert.match(result.summary, /BuildKit attestations/)
    assert.match(result.summary, /16 BuildKit attestations signed/)
  })
}

test('an attestation manifest naming a platform the index does not list stops the step before anything is pushed', async t => {
  const kind = actionRegistryKinds({ auth: 'token' })[1]!
  const { registry, client } = env.on(kind)
  const repo = { registry: registry.host, repository: 'octo/buildx-lies' }
  const built = attestedIndex(`${registry.host}/octo/buildx-lies:v1`, 'v0.31')
  const stranger = sampleImageWithFiles({ files: { 'etc/os-release': OS_RELEASE } })
  const index = built.index.data
    .toString()
    .replace(/("vnd\.docker\.reference\.digest":")sha256:[0-9a-f]{64}/, `$1${stranger.digest}`)
  built.index.data = Buffer.from(index)
  await pushBuildkitIndex({ store: registryStore({ client, repo }), built, tag: 'v1' })
  const workspace = await makeWorkspace(t, {})
  const result = await runSbomAttach(env, {
    workspace,
    registry,
    inputs: { images: `${registry.host}/octo/buildx-lies:v1` }
  })
  assert.equal(result.exitCode, 1)
  const message = errorMessages(result)
  assert.match(
    message,
    /^Input 'images': the BuildKit attestations of .*octo\/buildx-lies@sha256:[0-9a-f]{64}.* cannot be lifted into signed attestations: the attestation manifest sha256:[0-9a-f]{64} in the index sha256:[0-9a-f]{64} names "sha256:[0-9a-f]{64}" in vnd\.docker\.reference\.digest, which is not a platform manifest of that index/
  )
  assert.match(message, /lift-buildx-attestations: false/)
  assert.doesNotMatch(message, /Internal error|report the issue/)
  for (const platform of new Set(built.statements.map(s => s.platformDigest))) {
    assert.deepEqual(
      (await listReferrers({ client, repo, subjectDigest: platform })).referrers,
      [],
      'no SBOM and no attestation pushed'
    )
  }
})

test('lift-buildx-attestations false leaves the BuildKit attestations alone', async t => {
  const kind = actionRegistryKinds({ auth: 'token' })[1]!
  const { registry, client } = env.on(kind)
  const repo = { registry: registry.host, repository: 'octo/buildx-left' }
  const built = attestedIndex(`${registry.host}/octo/buildx-left:v1`, 'v0.32')
  await pushBuildkitIndex({ store: registryStore({ client, repo }), built, tag: 'v1' })
  const workspace = await makeWorkspace(t, {})
  const result = await runSbomAttach(env, {
    workspace,
    registry,
    inputs: { images: `${registry.host}/octo/buildx-left:v1`, 'lift-buildx-attestations': 'false' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  assert.deepEqual(liftedOutput(result.outputs), [])
  for (const platform of new Set(built.statements.map(s => s.platformDigest))) {
    const bundles = await imageBundles({ client, repo, digest: platform })
    assert.deepEqual(
      bundles.map(b => b.manifest.annotations?.['dev.sigstore.bundle.predicateType']),
      ['https://spdx.dev/Document'],
      'only the attestation of the SBOM the step made'
    )
  }
})
