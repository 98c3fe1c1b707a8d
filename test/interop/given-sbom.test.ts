// An SBOM syft wrote, given to sbom-attach (the built bundle) through input `sbom`: it passes the
// schema checks as it is, is written beside the file byte for byte, and `cosign
// verify-blob-attestation --type spdxjson` (and `--type cyclonedx` for syft's CycloneDX) accepts
// the attestation for the workflow identity and that file, carrying syft's document.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeWorkspace, referenceTool } from '@sign/testenv'
import { startKeylessEnvironment } from '../../actions/cosign-keyless/test/fixtures/environment.ts'
import {
  GITHUB_ISSUER,
  WORKFLOW_IDENTITY
} from '../../actions/cosign-keyless/test/fixtures/verify.ts'
import { buildGoProgram } from '../../actions/sbom-attach/test/fixtures/release.ts'
import {
  errorMessages,
  runSbomAttach,
  sbomsOutput
} from '../../actions/sbom-attach/test/fixtures/run-sbom-attach.ts'
import { runCommand } from './fixtures/run-command.ts'

test("syft's SPDX and CycloneDX of a Go binary, attached as given: cosign verifies the attestations", async t => {
  const syft = referenceTool({ name: 'syft' })
  const cosign = referenceTool({ name: 'cosign' })
  t.diagnostic(`syft ${syft.version}, cosign ${cosign.version}`)
  const env = await startKeylessEnvironment({ registryMode: 'basic' })
  t.after(() => env.stop())
  const work = await mkdtemp(join(tmpdir(), 'given-sbom-interop-'))
  t.after(() => rm(work, { recursive: true, force: true }))
  const binary = await buildGoProgram({ dir: work, name: 'tool' })
  const workspace = await makeWorkspace(t, { 'dist/tool': await readFile(binary) })
  const scanned = await runCommand({
    command: syft.path,
    args: [
      'scan',
      `file:${join(workspace, 'dist/tool')}`,
      '-q',
      '-o',
      `spdx-json=${join(workspace, 'syft/tool.spdx.json')}`,
      '-o',
      `cyclonedx-json=${join(workspace, 'syft/tool.cdx.json')}`
    ],
    env: { SYFT_CHECK_FOR_APP_UPDATE: 'false' }
  })
  assert.equal(scanned.code, 0, scanned.output)

  for (const [given, beside, type, predicateType] of [
    ['syft/tool.spdx.json', 'dist/tool.spdx.json', 'spdxjson', 'https://spdx.dev/Document'],
    ['syft/tool.cdx.json', 'dist/tool.cdx.json', 'cyclonedx', 'https://cyclonedx.org/bom']
  ] as const) {
    const result = await runSbomAttach(env, {
      workspace,
      inputs: { files: 'dist/tool', sbom: given }
    })
    assert.equal(result.exitCode, 0, errorMessages(result))
    const syftBytes = await readFile(join(workspace, given))
    assert.ok((await readFile(join(workspace, beside))).equals(syftBytes), `${beside} is syft's`)
    const [record] = sbomsOutput(result)
    assert.ok(record?.attestation !== undefined)
    const verified = await runCommand({
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
        join(workspace, 'dist', record.attestation.replace(/^dist\//, '')),
        '--type',
        type,
        join(workspace, 'dist/tool')
      ]
    })
    assert.equal(verified.code, 0, verified.output)
    assert.match(verified.output, /Verified OK/)
    const bundle = JSON.parse(
      await readFile(join(workspace, 'dist', record.attestation.replace(/^dist\//, '')), 'utf8')
    ) as { dsseEnvelope: { payload: string } }
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
      predicateType: string
      predicate: unknown
    }
    assert.equal(statement.predicateType, predicateType)
    assert.deepEqual(statement.predicate, JSON.parse(syftBytes.toString()))
  }
})
