// Input `sbom`: an SBOM the workflow already has, through the built bundle. A real CycloneDX 1.6
// document (the CycloneDX specification's own test case) is written beside its file byte for
// byte and attested as the predicate; on an image it becomes the SBOM referrer, byte for byte,
// and the `referrers` output names it. What cannot be attached as it is — another format than
// asked, an invalid document, two subjects, an index, a missing file, a document over what an
// attestation carries — is a configuration error saying so, and nothing is written or pushed.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  fetchBlob,
  fetchManifest,
  listReferrers,
  pushImage,
  putManifest,
  type ImageManifest
} from '@sign/oci'
import { toSpdxJson } from '@sign/sbom'
import { listFiles, makeWorkspace, sampleImageWithFiles, sha256Hex } from '@sign/testenv'
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
import { verifiedFileStatement } from './fixtures/file-statement.ts'
import { errorMessages, runSbomAttach, sbomsOutput } from './fixtures/run-sbom-attach.ts'

const vectors = join(import.meta.dirname, '../../../test/vectors/sbom')
let env: KeylessEnvironment
let cyclonedx: Buffer
let invalidSpdx: Buffer
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'token', referrersRegistry: true })
  cyclonedx = await readFile(join(vectors, 'cyclonedx-1.6-valid-bom.json'))
  invalidSpdx = await readFile(join(vectors, 'syft-snapshot-image.spdx.json'))
})
after(() => env.stop())

const componentCount = (bom: Buffer) =>
  (JSON.parse(bom.toString()) as { components?: unknown[] }).components?.length ?? 0

test('a file with a given CycloneDX SBOM: written beside it byte for byte, and attested as it is', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app': 'app\n', 'sboms/app.cdx.json': cyclonedx })
  const result = await runSbomAttach(env, {
    workspace,
    inputs: { files: 'dist/app', sbom: 'sboms/app.cdx.json' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  assert.ok((await readFile(join(workspace, 'dist/app.cdx.json'))).equals(cyclonedx))
  const statement = await verifiedFileStatement({
    env,
    path: join(workspace, 'dist/app.cdx.intoto.sigstore.json')
  })
  assert.equal(statement.predicateType, 'https://cyclonedx.org/bom')
  assert.deepEqual(statement.subject, [
    { name: 'app', digest: { sha256: sha256Hex(Buffer.from('app\n')) } }
  ])
  assert.deepEqual(statement.predicate, JSON.parse(cyclonedx.toString()))
  const [record, ...more] = sbomsOutput(result)
  assert.equal(more.length, 0)
  assert.equal(record?.format, 'cyclonedx-json')
  assert.equal(record?.packages, componentCount(cyclonedx))
  assert.match(
    result.log,
    /the SBOM "?sboms\/app\.cdx\.json"? \(cyclonedx-json 1\.6, \d+ package\(s\), attached as it is\)/
  )
})

test('an image platform manifest with a given SBOM: the referrer holds it byte for byte; an index is refused', async t => {
  const kind = actionRegistryKinds({ auth: 'token' })[1]!
  const { registry, client } = env.on(kind)
  const repo = { registry: registry.host, repository: 'octo/given' }
  const platforms = []
  for (const architecture of ['amd64', 'arm64']) {
    const image = sampleImageWithFiles({
      files: { [`srv/${architecture}`]: architecture },
      platform: { os: 'linux', architecture }
    })
    const descriptor = await pushImage({ client, repo, reference: image.digest, ...image })
    platforms.push({ ...descriptor, platform: { os: 'linux', architecture } })
  }
  const indexBytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: platforms
    })
  )
  await putManifest({
    client,
    repo,
    reference: 'v1',
    bytes: indexBytes,
    mediaType: 'application/vnd.oci.image.index.v1+json'
  })
  const workspace = await makeWorkspace(t, { 'app.cdx.json': cyclonedx })

  const refused = await runSbomAttach(env, {
    workspace,
    registry,
    inputs: { images: `${registry.host}/octo/given:v1`, sbom: 'app.cdx.json' }
  })
  assert.equal(refused.exitCode, 1)
  assert.match(
    errorMessages(refused),
    /^Input 'sbom' gives one SBOM, but .*octo\/given@sha256:[0-9a-f]{64}.* is an image index of 2 platform manifests, and an SBOM describes one/
  )
  for (const platform of platforms) {
    assert.deepEqual(
      (await listReferrers({ client, repo, subjectDigest: platform.digest })).referrers,
      []
    )
  }

  const [amd64] = platforms
  const result = await runSbomAttach(env, {
    workspace,
    registry,
    inputs: { images: `${registry.host}/octo/given@${amd64!.digest}`, sbom: 'app.cdx.json' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  const [record] = sbomsOutput(result)
  assert.ok(record?.referrer)
  assert.equal(result.outputs['referrers'], `${registry.host}/octo/given@${record.referrer}`)
  const fetched = await fetchManifest({ client, repo, reference: record.referrer })
  const manifest = JSON.parse(fetched?.bytes.toString() ?? 'null') as ImageManifest
  assert.equal(manifest.artifactType, 'application/vnd.cyclonedx+json')
  assert.equal(manifest.subject?.digest, amd64!.digest)
  const layer = await fetchBlob({ client, repo, digest: manifest.layers[0]?.digest ?? '' })
  assert.ok(layer.equals(cyclonedx), 'the referrer holds the given bytes')
  const [bundle] = (await imageBundles({ client, repo, digest: amd64!.digest })).filter(
    item => item.referrer === record.attestation
  )
  assert.ok(bundle)
  const { signer, statement } = verifyImageBundle(verifierFor(env.stack), bundle.bundle)
  assert.equal(signer.identity?.subjectAlternativeName, WORKFLOW_IDENTITY)
  assert.equal(statement.predicateType, 'https://cyclonedx.org/bom')
})

/** A valid SPDX 2.3 document over 16 MiB: one package, and a long creation comment. */
function largeSpdx(): Buffer {
  const { document } = toSpdxJson({
    sbom: {
      subject: { kind: 'file', name: 'app', checksums: [] },
      packages: [],
      relationships: [],
      tool: { name: 'test', version: '1' }
    }
  })
  const creationInfo = (document as { creationInfo: Record<string, unknown> }).creationInfo
  creationInfo['comment'] = 'x'.repeat(17 * 1024 * 1024)
  return Buffer.from(JSON.stringify(document))
}

for (const [title, files, inputs, reason] of [
  [
    'a format other than the document’s',
    { 'dist/app': 'app', 'app.cdx.json': 'CYCLONEDX' },
    { files: 'dist/app', sbom: 'app.cdx.json', format: 'spdx-json' },
    /^Input 'format' asks for spdx-json, but the SBOM of input 'sbom' \(app\.cdx\.json\) is cyclonedx-json: a given SBOM is attached as it is, never converted/
  ],
  [
    'an invalid document',
    { 'dist/app': 'app', 'app.spdx.json': 'INVALID' },
    { files: 'dist/app', sbom: 'app.spdx.json' },
    /^Input 'sbom': app\.spdx\.json cannot be attached: it is not a valid spdx-json SPDX-2\.3 document \(\d+ problem\(s\): .*documentNamespace/
  ],
  [
    'two files',
    { 'dist/a': 'a', 'dist/b': 'b', 'app.cdx.json': 'CYCLONEDX' },
    { files: 'dist/*', sbom: 'app.cdx.json' },
    /^Input 'sbom' gives one SBOM, which describes one subject, but the inputs name 0 images and 2 files/
  ],
  [
    'a file that is not there',
    { 'dist/app': 'app' },
    { files: 'dist/app', sbom: 'missing.spdx.json' },
    /^Input 'sbom': missing\.spdx\.json cannot be attached: there is no such file\./
  ],
  [
    'a document over 16 MiB to attest',
    { 'dist/app': 'app', 'big.spdx.json': 'LARGE' },
    { files: 'dist/app', sbom: 'big.spdx.json' },
    /^The SBOM of input 'sbom' \(big\.spdx\.json\) is 17\.0 MiB, over the 16 MiB an attestation may carry[^]*attest: false/
  ]
] as const) {
  test(`given SBOM, configuration error: ${title}; nothing written`, async t => {
    const contents: Record<string, Buffer | string> = Object.fromEntries(
      Object.entries(files).map(([name, content]) => [
        name,
        content === 'CYCLONEDX'
          ? cyclonedx
          : content === 'INVALID'
            ? invalidSpdx
            : content === 'LARGE'
              ? largeSpdx()
              : content
      ])
    )
    const workspace = await makeWorkspace(t, contents)
    const result = await runSbomAttach(env, { workspace, inputs })
    assert.equal(result.exitCode, 1)
    assert.match(errorMessages(result), reason)
    assert.doesNotMatch(errorMessages(result), /Internal error|report the issue/)
    assert.deepEqual(await listFiles(workspace), Object.keys(files).sort())
  })
}
