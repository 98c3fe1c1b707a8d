// Release files through the built bundle: a Go binary (built here with this machine's Go), an
// archive holding it and a text file each get an SPDX and a CycloneDX SBOM beside them that list
// what they hold and pass the schemas, and a keyless SBOM attestation (in-toto statement about
// the file, the SBOM as predicate) that verifies for the run's identity; GoReleaser's naming; and
// configuration errors that name the input and write nothing.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { copyFile, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { validateSbom } from '@sign/sbom'
import { listFiles, makeWorkspace, sha256Hex, sha256sum } from '@sign/testenv'
import {
  startKeylessEnvironment,
  type KeylessEnvironment
} from '../../cosign-keyless/test/fixtures/environment.ts'
import { readBundle } from '../../cosign-keyless/test/fixtures/verify.ts'
import { buildGoProgram, GO_PACKAGES, tarGz } from './fixtures/release.ts'
import { verifiedFileStatement } from './fixtures/file-statement.ts'
import { errorMessages, runSbomAttach, sbomsOutput } from './fixtures/run-sbom-attach.ts'

let env: KeylessEnvironment
let goBinary: Buffer
let goVersion: string
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'basic' })
  const { mkdtemp } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const dir = await mkdtemp(join(tmpdir(), 'sbom-attach-go-'))
  goBinary = await readFile(await buildGoProgram({ dir, name: 'tool' }))
  const { stdout } = await promisify(execFile)('go', ['env', 'GOVERSION'])
  goVersion = stdout.trim()
})
after(() => env.stop())

interface SpdxDoc {
  name: string
  packages: {
    name: string
    versionInfo?: string
    checksums?: { algorithm: string; checksumValue: string }[]
  }[]
}
interface CdxDoc {
  metadata: { component: { name: string } }
  components?: { name: string; version?: string }[]
}

const readJson = async <T>(path: string): Promise<T> =>
  JSON.parse(await readFile(path, 'utf8')) as T

/** Verifies a file's attestation bundle for the workflow identity; returns its statement. */
const verifiedStatement = (path: string) => verifiedFileStatement({ env, path })

test('files: a Go binary, an archive and a text file get SPDX and CycloneDX SBOMs and signed attestations', async t => {
  const notes = Buffer.from('release notes\n')
  const archive = tarGz([{ name: 'tool/bin/tool', data: goBinary, mode: 0o755 }])
  const workspace = await makeWorkspace(t, {
    'dist/tool': goBinary,
    'dist/tool.tar.gz': archive,
    'dist/notes.txt': notes
  })
  const result = await runSbomAttach(env, {
    workspace,
    inputs: { files: 'dist/*', format: 'spdx-json, cyclonedx-json' },
    keepTemp: true
  })
  t.after(() => rm(result.tempDir ?? '', { recursive: true, force: true }))
  assert.equal(result.exitCode, 0, errorMessages(result))
  const written = [
    'notes.txt',
    'notes.txt.cdx.intoto.sigstore.json',
    'notes.txt.cdx.json',
    'notes.txt.spdx.intoto.sigstore.json',
    'notes.txt.spdx.json',
    'tool',
    'tool.cdx.intoto.sigstore.json',
    'tool.cdx.json',
    'tool.spdx.intoto.sigstore.json',
    'tool.spdx.json',
    'tool.tar.gz',
    'tool.tar.gz.cdx.intoto.sigstore.json',
    'tool.tar.gz.cdx.json',
    'tool.tar.gz.spdx.intoto.sigstore.json',
    'tool.tar.gz.spdx.json'
  ]
  assert.deepEqual(
    await listFiles(workspace),
    written.map(name => `dist/${name}`)
  )

  const goNames = [...GO_PACKAGES].sort()
  for (const name of ['tool', 'tool.tar.gz']) {
    const spdx = await readJson<SpdxDoc>(join(workspace, 'dist', `${name}.spdx.json`))
    assert.deepEqual(validateSbom({ document: spdx }), [], `${name}.spdx.json is valid`)
    // The root package names the file and its sha256; then the Go modules the binary holds.
    const [root, ...rest] = spdx.packages
    assert.equal(root?.name, name)
    assert.deepEqual(root?.checksums, [
      { algorithm: 'SHA256', checksumValue: sha256Hex(name === 'tool' ? goBinary : archive) }
    ])
    assert.deepEqual(rest.map(pkg => pkg.name).sort(), goNames)
    assert.equal(rest.find(pkg => pkg.name === 'stdlib')?.versionInfo, goVersion)
    const cdx = await readJson<CdxDoc>(join(workspace, 'dist', `${name}.cdx.json`))
    assert.deepEqual(validateSbom({ document: cdx }), [], `${name}.cdx.json is valid`)
    assert.equal(cdx.metadata.component.name, name)
    assert.deepEqual((cdx.components ?? []).map(pkg => pkg.name).sort(), goNames)
  }
  const notesSpdx = await readJson<SpdxDoc>(join(workspace, 'dist/notes.txt.spdx.json'))
  assert.deepEqual(
    notesSpdx.packages.map(pkg => pkg.name),
    ['notes.txt'],
    'root only'
  )

  // Each attestation: the file by name and digest, the predicate the very SBOM written beside it.
  for (const [name, data] of [
    ['tool', goBinary],
    ['tool.tar.gz', archive],
    ['notes.txt', notes]
  ] as const) {
    for (const [tag, predicateType] of [
      ['spdx', 'https://spdx.dev/Document'],
      ['cdx', 'https://cyclonedx.org/bom']
    ] as const) {
      const statement = await verifiedStatement(
        join(workspace, 'dist', `${name}.${tag}.intoto.sigstore.json`)
      )
      assert.deepEqual(statement.subject, [{ name, digest: { sha256: sha256Hex(data) } }])
      assert.equal(statement.predicateType, predicateType)
      assert.deepEqual(
        statement.predicate,
        await readJson(join(workspace, 'dist', `${name}.${tag}.json`))
      )
    }
  }

  const records = sbomsOutput(result)
  assert.equal(records.length, 6)
  const toolSpdx = records.find(r => r.subject === 'dist/tool' && r.format === 'spdx-json')
  assert.deepEqual(toolSpdx, {
    subject: 'dist/tool',
    digest: `sha256:${sha256Hex(goBinary)}`,
    kind: 'file',
    format: 'spdx-json',
    path: 'dist/tool.spdx.json',
    packages: 3,
    attestation: 'dist/tool.spdx.intoto.sigstore.json',
    rekorLogIndex: toolSpdx?.rekorLogIndex
  })
  assert.equal(typeof toolSpdx?.rekorLogIndex, 'number')
  // One certificate for the whole run: every bundle carries the step's certificate output.
  const certificate = await readFile(result.outputs['certificate'] ?? '', 'utf8')
  for (const name of written.filter(file => file.endsWith('.sigstore.json'))) {
    const bundle = await readBundle(join(workspace, 'dist', name))
    const content = bundle.verificationMaterial.content
    assert.ok(content.$case === 'certificate')
    const pem = `-----BEGIN CERTIFICATE-----\n${content.certificate.rawBytes
      .toString('base64')
      .replace(/(.{64})/g, '$1\n')
      .trim()}\n-----END CERTIFICATE-----`
    assert.equal(pem, certificate.trim(), `${name} carries the run's one certificate`)
  }
  assert.match(result.summary, /SBOMs: 6 SBOMs for 3 subjects/)
  assert.match(result.summary, /cosign verify-blob-attestation/)
  assert.match(result.summary, /--type spdxjson/)
})

test("naming goreleaser: <file>.sbom.json (SPDX) and checksums' listed files, not the checksums file", async t => {
  const files = {
    'a.tar.gz': tarGz([{ name: 'a/README', data: 'a\n' }]),
    'b.bin': Buffer.from('b')
  }
  const workspace = await makeWorkspace(t, {
    ...Object.fromEntries(Object.entries(files).map(([name, data]) => [`dist/${name}`, data])),
    'dist/checksums.txt': sha256sum(files)
  })
  const result = await runSbomAttach(env, {
    workspace,
    inputs: { checksums: 'dist/checksums.txt', naming: 'goreleaser', attest: 'false' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  assert.deepEqual(await listFiles(workspace), [
    'dist/a.tar.gz',
    'dist/a.tar.gz.sbom.json',
    'dist/b.bin',
    'dist/b.bin.sbom.json',
    'dist/checksums.txt'
  ])
  const spdx = await readJson<{ spdxVersion: string }>(join(workspace, 'dist/a.tar.gz.sbom.json'))
  assert.equal(spdx.spdxVersion, 'SPDX-2.3')
  assert.deepEqual(
    sbomsOutput(result).map(record => [record.subject, record.path, record.attestation]),
    [
      ['dist/a.tar.gz', 'dist/a.tar.gz.sbom.json', undefined],
      ['dist/b.bin', 'dist/b.bin.sbom.json', undefined]
    ]
  )
  assert.equal(result.outputs['certificate'], '')
})

test('a listed file whose digest changed stops the step before any SBOM is written', async t => {
  const workspace = await makeWorkspace(t, {
    'dist/a.bin': Buffer.from('changed'),
    'dist/checksums.txt': sha256sum({ 'a.bin': Buffer.from('original') })
  })
  const result = await runSbomAttach(env, {
    workspace,
    inputs: { checksums: 'dist/checksums.txt', attest: 'false' }
  })
  assert.equal(result.exitCode, 1)
  assert.match(errorMessages(result), /the file changed after the checksums were computed/)
  assert.deepEqual(await listFiles(workspace), ['dist/a.bin', 'dist/checksums.txt'])
})

for (const [title, inputs, reason] of [
  [
    'an unknown format',
    { format: 'spdx' },
    /Input 'format' names "?spdx"?, which is not an SBOM format this writes: use spdx-json or cyclonedx-json/
  ],
  [
    'CycloneDX with the goreleaser naming',
    { format: 'cyclonedx-json', naming: 'goreleaser' },
    /naming: goreleaser writes <file>\.sbom\.json, which GoReleaser's default makes an SPDX document/
  ],
  ['an unknown naming', { naming: 'syft' }, /Input 'naming' must be one of: sign, goreleaser/],
  ['attest not a boolean', { attest: 'yes please' }, /Input 'attest'/],
  [
    'an identity token that is not a JWT',
    { 'identity-token': 'not-a-token' },
    /Input 'identity-token' is not an OIDC ID token/
  ],
  [
    'a Fulcio URL that is not https',
    { 'fulcio-url': 'ftp://fulcio.example' },
    /do not name a usable Sigstore instance/
  ]
] as const) {
  test(`configuration error: ${title}, and nothing written`, async t => {
    const workspace = await makeWorkspace(t, { 'dist/app': Buffer.from('app') })
    const result = await runSbomAttach(env, { workspace, inputs: { files: 'dist/*', ...inputs } })
    assert.equal(result.exitCode, 1)
    assert.match(errorMessages(result), reason)
    assert.deepEqual(await listFiles(workspace), ['dist/app'])
  })
}

test('a file given twice and an earlier run’s outputs: one SBOM each, outputs never described', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app': Buffer.from('app') })
  const first = await runSbomAttach(env, {
    workspace,
    inputs: { files: 'dist/*', attest: 'false' }
  })
  assert.equal(first.exitCode, 0, errorMessages(first))
  await copyFile(join(workspace, 'dist/app'), join(workspace, 'dist/app2'))
  const second = await runSbomAttach(env, {
    workspace,
    inputs: { files: 'dist/*\ndist/app', attest: 'false' }
  })
  assert.equal(second.exitCode, 0, errorMessages(second))
  assert.deepEqual(
    sbomsOutput(second)
      .map(record => record.subject)
      .sort(),
    ['dist/app', 'dist/app2']
  )
})
