// cosign reads the BuildKit attestations sbom-attach (the built bundle) lifted, on the registry
// with the referrers API (olareg): for a BuildKit ≤ 0.27 index (Statement v0.1, SLSA v0.2) and a
// 0.32 one (Statement v1, SLSA v1, OCI-artifact attestation manifests), `cosign
// verify-attestation --type slsaprovenance02 / slsaprovenance1 / spdxjson` on a platform manifest
// accepts the workflow's signature and prints BuildKit's own statement, per-platform subject and
// all; the same statement is refused for another identity.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { registryStore } from '@sign/oci'
import {
  buildkitIndex,
  makeWorkspace,
  referenceTool,
  sampleImageWithFiles,
  pushBuildkitIndex
} from '@sign/testenv'
import { startKeylessEnvironment } from '../../actions/cosign-keyless/test/fixtures/environment.ts'
import { actionRegistryKinds } from '../../actions/cosign-keyless/test/fixtures/registries.ts'
import {
  GITHUB_ISSUER,
  WORKFLOW_IDENTITY
} from '../../actions/cosign-keyless/test/fixtures/verify.ts'
import {
  errorMessages,
  runSbomAttach
} from '../../actions/sbom-attach/test/fixtures/run-sbom-attach.ts'
import { printedStatements } from './fixtures/cosign-commands.ts'
import { runCommand } from './fixtures/run-command.ts'

const OTHER = 'https://github.com/octo-org/other-repo/.github/workflows/release.yml@refs/heads/main'

test('cosign verify-attestation reads the BuildKit statements sbom-attach lifted, as BuildKit wrote them', async t => {
  const cosign = referenceTool({ name: 'cosign' })
  t.diagnostic(`cosign ${cosign.version}`)
  const env = await startKeylessEnvironment({ registryMode: 'token', referrersRegistry: true })
  t.after(() => env.stop())
  const kind = actionRegistryKinds({ auth: 'token' }).find(item => item.referrersApi)!
  const { registry, client } = env.on(kind)
  const work = await mkdtemp(join(tmpdir(), 'buildx-lift-interop-'))
  t.after(() => rm(work, { recursive: true, force: true }))
  const dockerConfig = join(work, 'docker')
  await mkdir(dockerConfig)
  await writeFile(join(dockerConfig, 'config.json'), JSON.stringify({ auths: {} }))

  const cases = [
    { generation: 'v0.27', provenance: 'slsaprovenance02' },
    { generation: 'v0.32', provenance: 'slsaprovenance1' }
  ] as const
  const pushed = []
  for (const { generation, provenance } of cases) {
    const repository = `octo-org/buildx-${generation.replace('.', '-')}`
    const built = buildkitIndex({
      generation,
      name: `${registry.host}/${repository}:v1`,
      platforms: [
        {
          image: sampleImageWithFiles({ files: { 'etc/os-release': 'ID=debian\n' } }),
          platform: { os: 'linux', architecture: 'amd64' }
        }
      ]
    })
    await pushBuildkitIndex({
      store: registryStore({ client, repo: { registry: registry.host, repository } }),
      built,
      tag: 'v1'
    })
    pushed.push({ repository, built, provenance })
  }
  const workspace = await makeWorkspace(t, {})
  const result = await runSbomAttach(env, {
    workspace,
    registry,
    inputs: { images: pushed.map(item => `${registry.host}/${item.repository}:v1`).join('\n') }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))

  const verify = (identity: string, type: string, reference: string) =>
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
      env: { DOCKER_CONFIG: dockerConfig }
    })
  for (const { repository, built, provenance } of pushed) {
    for (const statement of built.statements) {
      const reference = `${registry.host}/${repository}@${statement.platformDigest}`
      const type = statement.predicateType.startsWith('https://slsa.dev/') ? provenance : 'spdxjson'
      const accepted = await verify(WORKFLOW_IDENTITY, type, reference)
      assert.equal(accepted.code, 0, `${type} ${reference}: ${accepted.output}`)
      const buildkit = JSON.parse(statement.payload.toString()) as unknown
      const printed = printedStatements(accepted.stdout)
      assert.ok(
        printed.some(item => JSON.stringify(item) === JSON.stringify(buildkit)),
        `${type}: BuildKit's statement is among those cosign printed`
      )
    }
    const [first] = built.statements
    const refused = await verify(
      OTHER,
      'spdxjson',
      `${registry.host}/${repository}@${first?.platformDigest}`
    )
    assert.notEqual(refused.code, 0)
    assert.ok(
      refused.output.includes(`expected SAN value "${OTHER}", got "${WORKFLOW_IDENTITY}"`),
      refused.output
    )
  }
})
