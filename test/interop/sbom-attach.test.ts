// The reference tools read what the sbom-attach action (the built bundle) writes, on a registry
// without the referrers API (distribution 2.8.2 with basic auth, the tag schema) and on one with
// it (olareg): `oras discover --artifact-type application/spdx+json` lists the SBOM referrer of
// the image; `cosign verify-attestation --type spdxjson` accepts the image's SBOM attestation for
// the workflow's identity and prints the very SBOM as its predicate, and refuses another identity
// and another type for their own reasons; `cosign verify-blob-attestation --type spdxjson` accepts
// a file's attestation bundle, and refuses it for a file that is not its subject.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fetchBlob, fetchManifest, type ImageManifest } from '@sign/oci'
import { makeWorkspace, referenceTool } from '@sign/testenv'
import { startKeylessEnvironment } from '../../actions/cosign-keyless/test/fixtures/environment.ts'
import { actionRegistryKinds } from '../../actions/cosign-keyless/test/fixtures/registries.ts'
import {
  GITHUB_ISSUER,
  WORKFLOW_IDENTITY
} from '../../actions/cosign-keyless/test/fixtures/verify.ts'
import {
  buildGoProgram,
  pushReleaseImage
} from '../../actions/sbom-attach/test/fixtures/release.ts'
import {
  errorMessages,
  runSbomAttach,
  sbomsOutput
} from '../../actions/sbom-attach/test/fixtures/run-sbom-attach.ts'
import { printedStatements } from './fixtures/cosign-commands.ts'
import { runCommand } from './fixtures/run-command.ts'

const SPDX = 'application/spdx+json'
const OTHER = 'https://github.com/octo-org/other-repo/.github/workflows/release.yml@refs/heads/main'

for (const kind of actionRegistryKinds({ auth: 'basic' })) {
  test(`oras discover and cosign read the SBOMs sbom-attach attached and attested, on ${kind.name}`, async t => {
    const cosign = referenceTool({ name: 'cosign' })
    const oras = referenceTool({ name: 'oras' })
    t.diagnostic(`cosign ${cosign.version}, oras ${oras.version}`)
    const env = await startKeylessEnvironment({ registryMode: 'basic', referrersRegistry: true })
    t.after(() => env.stop())
    const { registry, client } = env.on(kind)
    const work = await mkdtemp(join(tmpdir(), 'sbom-attach-interop-'))
    t.after(() => rm(work, { recursive: true, force: true }))
    const goBinary = await readFile(await buildGoProgram({ dir: work, name: 'tool' }))
    const repo = { registry: registry.host, repository: 'octo-org/app' }
    const image = await pushReleaseImage({ client, repo, tag: 'v1', goBinary })
    const reference = `${registry.host}/octo-org/app@${image.digest}`
    const workspace = await makeWorkspace(t, { 'dist/tool': goBinary, 'dist/other': 'other\n' })
    const result = await runSbomAttach(env, {
      workspace,
      registry,
      inputs: { images: `${registry.host}/octo-org/app:v1`, files: 'dist/tool' }
    })
    assert.equal(result.exitCode, 0, errorMessages(result))
    const record = sbomsOutput(result).find(item => item.kind === 'image')
    assert.ok(record?.referrer !== undefined && record.attestation !== undefined)

    // The tools read the registry with the step's credentials, from their own docker config.
    const dockerConfig = join(work, 'docker')
    await mkdir(dockerConfig)
    const auths =
      'credentials' in registry
        ? {
            [registry.host]: {
              auth: Buffer.from(
                `${registry.credentials.username}:${registry.credentials.password}`
              ).toString('base64')
            }
          }
        : {}
    await writeFile(join(dockerConfig, 'config.json'), JSON.stringify({ auths }))
    // distribution serves TLS from the test CA; olareg plain HTTP on loopback.
    const caPem = 'caPem' in registry ? registry.caPem : undefined
    const caFile = join(work, 'ca.pem')
    if (caPem !== undefined) await writeFile(caFile, caPem)
    const toolEnv = {
      DOCKER_CONFIG: dockerConfig,
      ...(caPem !== undefined && { SSL_CERT_FILE: caFile })
    }

    const discovered = await runCommand({
      command: oras.path,
      args: [
        'discover',
        ...(caPem === undefined ? ['--plain-http'] : ['--ca-file', caFile]),
        '--registry-config',
        join(dockerConfig, 'config.json'),
        '--format',
        'json',
        '--artifact-type',
        SPDX,
        reference
      ],
      env: toolEnv
    })
    assert.equal(discovered.code, 0, discovered.output)
    const { referrers = [] } = JSON.parse(discovered.stdout) as {
      referrers?: { digest: string; artifactType: string }[]
    }
    assert.deepEqual(
      referrers.map(item => [item.digest, item.artifactType]),
      [[record.referrer, SPDX]]
    )

    const fetched = await fetchManifest({ client, repo, reference: record.referrer })
    const manifest = JSON.parse(fetched?.bytes.toString() ?? 'null') as ImageManifest
    const sbom = JSON.parse(
      (await fetchBlob({ client, repo, digest: manifest.layers[0]?.digest ?? '' })).toString()
    ) as unknown

    const verifyImage = (identity: string, type: string) =>
      runCommand({
        command: cosign.path,
        args: [
          'verify-attestation',
          '--trusted-root',
          env.stack.trustedRootPath,
          '--certificate-identity',
          identity,
          '--certificate-oidc-issuer',
          GITHUB_ISSUER,
          '--allow-http-registry',
          '--type',
          type,
          reference
        ],
        env: toolEnv
      })
    const accepted = await verifyImage(WORKFLOW_IDENTITY, 'spdxjson')
    assert.equal(accepted.code, 0, accepted.output)
    const [printed, ...more] = printedStatements(accepted.stdout)
    assert.equal(more.length, 0, accepted.stdout)
    assert.equal(printed?.predicateType, 'https://spdx.dev/Document')
    assert.deepEqual(printed?.subject, [
      { name: `${registry.host}/octo-org/app`, digest: { sha256: image.digest.slice(7) } }
    ])
    assert.deepEqual(printed?.predicate, sbom, 'the attested SBOM is the referrer SBOM')

    const otherSigner = await verifyImage(OTHER, 'spdxjson')
    assert.notEqual(otherSigner.code, 0)
    assert.ok(
      otherSigner.output.includes(`expected SAN value "${OTHER}", got "${WORKFLOW_IDENTITY}"`),
      otherSigner.output
    )
    const otherType = await verifyImage(WORKFLOW_IDENTITY, 'cyclonedx')
    assert.notEqual(otherType.code, 0)
    assert.ok(
      otherType.output.includes(
        'none of the attestations matched the predicate type: cyclonedx, found: https://spdx.dev/Document'
      ),
      otherType.output
    )

    const verifyBlob = (file: string) =>
      runCommand({
        command: cosign.path,
        args: [
          'verify-blob-attestation',
          '--trusted-root',
          env.stack.trustedRootPath,
          '--certificate-identity',
          WORKFLOW_IDENTITY,
          '--certificate-oidc-issuer',
          GITHUB_ISSUER,
          '--bundle',
          join(workspace, 'dist/tool.spdx.intoto.sigstore.json'),
          '--type',
          'spdxjson',
          file
        ],
        env: toolEnv
      })
    const blob = await verifyBlob(join(workspace, 'dist/tool'))
    assert.equal(blob.code, 0, blob.output)
    assert.match(blob.output, /Verified OK/)
    const notTheSubject = await verifyBlob(join(workspace, 'dist/other'))
    assert.notEqual(notTheSubject.code, 0)
    assert.match(
      notTheSubject.output,
      /provided artifact digests do not match digests in statement/
    )
  })
}
