// `sign sbom`: the SBOM of a Go binary (built here with this machine's Go), of a tar.gz holding
// it, of any other file, of an image in an OCI layout and the same image in a registry (docker
// config credentials, as `sign verify` reads them) — SPDX 2.3 that the SPDX project's own
// validator (pyspdxtools) accepts, or CycloneDX 1.6 — printed or written with --output. Then the
// failures, each with its kind, exit code and reason: usage (2), a target that cannot be
// catalogued (2), a registry refusing the credentials (3).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { createRegistryClient, pushImage, staticCredentials } from '@sign/oci'
import { referenceTool, startRegistry, type BasicRegistry } from '@sign/testenv'
import { buildGoProgram } from '../../sbom/test/fixtures/image/go-program.ts'
import { writeOciLayout, type BuiltImage } from '../../sbom/test/fixtures/image/oci-layout.ts'
import { buildTar } from '../../sbom/test/fixtures/image/tar-writer.ts'
import { run } from './run-cli.ts'

const execute = promisify(execFile)
const DPKG_STATUS = `Package: tiny-tool
Status: install ok installed
Priority: optional
Architecture: amd64
Version: 1.2.3-1

Package: libtiny1
Status: install ok installed
Priority: optional
Architecture: amd64
Source: tiny
Version: 0.9-4

`

let dir: string
let binary: string
let image: BuiltImage
let registry: BasicRegistry
const savedDockerConfig = process.env['DOCKER_CONFIG']

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sign-cli-sbom-'))
  binary = await buildGoProgram({ dir, name: 'imagetool' })
  image = await writeOciLayout({
    dir: join(dir, 'layout'),
    tag: 'v1',
    layers: [
      [
        { name: 'var/lib/dpkg/status', data: Buffer.from(DPKG_STATUS) },
        { name: 'usr/local/bin/imagetool', data: await readFile(binary), mode: 0o755 }
      ]
    ]
  })
  registry = await startRegistry({ mode: 'basic' })
  const client = createRegistryClient({
    credentials: staticCredentials({ [registry.host]: { kind: 'basic', ...registry.credentials } })
  })
  const blobs = [
    ...image.layers,
    {
      digest: `sha256:${createHash('sha256').update(image.config).digest('hex')}`,
      data: image.config
    }
  ]
  await pushImage({
    client,
    repo: { registry: registry.host, repository: 'sign/sbom' },
    reference: 'v1',
    blobs,
    manifest: image.manifest,
    mediaType: 'application/vnd.oci.image.manifest.v1+json'
  })
  await dockerConfig(registry.credentials.password)
})
after(async () => {
  if (savedDockerConfig === undefined) delete process.env['DOCKER_CONFIG']
  else process.env['DOCKER_CONFIG'] = savedDockerConfig
  await registry.stop()
  await rm(dir, { recursive: true, force: true })
})

/** The docker config the CLI reads registry credentials from, with this password. */
async function dockerConfig(password: string): Promise<void> {
  await mkdir(join(dir, 'docker'), { recursive: true })
  const auth = Buffer.from(`${registry.credentials.username}:${password}`).toString('base64')
  await writeFile(
    join(dir, 'docker/config.json'),
    JSON.stringify({ auths: { [registry.host]: { auth } } })
  )
  process.env['DOCKER_CONFIG'] = join(dir, 'docker')
}

interface SpdxOut {
  spdxVersion: string
  packages: {
    name: string
    versionInfo?: string
    checksums?: { algorithm: string; checksumValue: string }[]
  }[]
}

/** Runs `sign sbom ARGS` and parses the SPDX document it printed. */
async function spdxOf(args: string[]): Promise<SpdxOut> {
  const result = await run(['sbom', ...args])
  assert.equal(result.code, 0, result.err)
  return JSON.parse(result.out) as SpdxOut
}

const names = (document: SpdxOut): string[] =>
  document.packages.map(pkg => `${pkg.name}@${pkg.versionInfo ?? ''}`).sort()

/** pyspdxtools (the SPDX project's validator): exit 0 and no output for a valid document. */
async function pyspdxtools(path: string): Promise<void> {
  const { stdout, stderr } = await execute(referenceTool({ name: 'spdx-tools' }).path, ['-i', path])
  assert.equal(`${stdout}${stderr}`.trim(), '')
}

/**
 * The binary's packages as syft names them (packages/sbom proves the cataloger equal to syft): the
 * replaced dependency has no version (it is a local directory), the main module's version comes
 * from `-X main.version=v2.3.4`, and stdlib is the Go version (compared without it here).
 */
const GO_PACKAGES = ['example.com/greet@', 'example.com/imagetool@v2.3.4', 'stdlib@']

test('sign help lists sbom', async () => {
  const result = await run(['help'])
  assert.equal(result.code, 0)
  assert.match(
    result.out,
    /\n {2}sbom +print or write the SBOM of files, archives, images and OCI layouts/u
  )
})

test('a Go binary: its modules, the file as the root; SPDX that pyspdxtools accepts', async () => {
  const output = join(dir, 'tool.spdx.json')
  const result = await run(['sbom', binary, '--output', output])
  assert.equal(result.code, 0, result.err)
  assert.equal(result.out, '', '--output writes nothing to stdout')
  assert.match(result.err, /^sign sbom: wrote the spdx-json SBOM to /u)
  const written = JSON.parse(await readFile(join(dir, 'tool.spdx.json'), 'utf8')) as SpdxOut
  assert.equal(written.spdxVersion, 'SPDX-2.3')
  const go = names(written).filter(name => !name.startsWith(binary))
  assert.deepEqual(
    go.map(name => name.replace(/^stdlib@go.*$/u, 'stdlib@')).filter(name => name !== `${binary}@`),
    GO_PACKAGES
  )
  const root = written.packages.find(pkg => pkg.name === binary)
  const sha256 = createHash('sha256')
    .update(await readFile(binary))
    .digest('hex')
  assert.deepEqual(
    root?.checksums?.find(checksum => checksum.algorithm === 'SHA256')?.checksumValue,
    sha256
  )
  await pyspdxtools(join(dir, 'tool.spdx.json'))
})

test('an archive holding the binary, as CycloneDX; any other file alone', async () => {
  const archive = join(dir, 'imagetool.tar.gz')
  await writeFile(
    archive,
    gzipSync(buildTar([{ name: 'bin/imagetool', data: await readFile(binary), mode: 0o755 }]))
  )
  const result = await run(['sbom', '--format', 'cyclonedx-json', archive])
  assert.equal(result.code, 0, result.err)
  const bom = JSON.parse(result.out) as {
    specVersion: string
    metadata: { component: { name: string } }
    components: { name: string; version?: string }[]
  }
  assert.equal(bom.specVersion, '1.6')
  assert.equal(bom.metadata.component.name, archive)
  assert.deepEqual(
    bom.components
      .map(c => `${c.name}@${c.version ?? ''}`.replace(/^stdlib@go.*$/u, 'stdlib@'))
      .sort(),
    GO_PACKAGES
  )

  const notes = join(dir, 'NOTES.txt')
  await writeFile(notes, 'release notes\n')
  const alone = await spdxOf([notes])
  // The root alone; packages/sbom gives a file subject its digest as the version.
  const digest = createHash('sha256').update('release notes\n').digest('hex')
  assert.deepEqual(names(alone), [`${notes}@sha256:${digest}`])
})

test('an image in an OCI layout and the same image in a registry: the same packages', async () => {
  const layout = await spdxOf(['--oci-layout', `${image.dir}:v1`])
  const expected = [...GO_PACKAGES, 'libtiny1@0.9-4', 'tiny-tool@1.2.3-1'].sort()
  const packages = (document: SpdxOut) =>
    names(document)
      .map(name => name.replace(/^stdlib@go.*$/u, 'stdlib@'))
      .filter(name => expected.includes(name))
  assert.deepEqual(packages(layout), expected)
  const fromRegistry = await spdxOf([`${registry.host}/sign/sbom:v1`])
  assert.deepEqual(packages(fromRegistry), expected)
  assert.ok(fromRegistry.packages.some(pkg => pkg.name === `${registry.host}/sign/sbom:v1`))
  await writeFile(join(dir, 'image.spdx.json'), JSON.stringify(fromRegistry))
  await pyspdxtools(join(dir, 'image.spdx.json'))
})

test('failures: usage and unreadable targets exit 2, a registry refusing the login exits 3', async () => {
  const badFormat = await run(['sbom', '--format', 'spdx', binary])
  assert.equal(badFormat.code, 2)
  assert.match(badFormat.err, /^sign sbom: --format is spdx-json or cyclonedx-json, not "spdx"\n/u)

  const two = await run(['sbom', '--output', join(dir, 'x.json'), binary, binary])
  assert.equal(two.code, 2)
  assert.match(two.err, /--output writes one document; give one TARGET \(2 given\)/u)
  assert.deepEqual(
    (await readdir(dir)).filter(name => name === 'x.json'),
    []
  )

  const absent = await run(['sbom', join(dir, 'absent.bin')])
  assert.equal(absent.code, 2)
  assert.match(absent.err, /is a path, and no file is there/u)

  const corrupt = join(dir, 'corrupt.tar.gz')
  await writeFile(
    corrupt,
    Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(64, 7)])
  )
  const damaged = await run(['sbom', corrupt])
  assert.equal(damaged.code, 2, damaged.err)
  assert.match(
    damaged.err,
    new RegExp(
      `^sign sbom: cannot catalog ${corrupt.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}: `,
      'u'
    )
  )
  assert.doesNotMatch(damaged.err, /internal error/u)

  await dockerConfig('wrong-password-7d2e')
  try {
    const refused = await run(['sbom', `${registry.host}/sign/sbom:v1`])
    assert.equal(refused.code, 3, refused.err)
    assert.match(refused.err, /^sign sbom: a remote service failed: /u)
    assert.match(refused.err, /401/u)
  } finally {
    await dockerConfig(registry.credentials.password)
  }
})
